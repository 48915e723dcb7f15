package vn.hatinh.consolidator.report;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The monthly report to the Propaganda Board: figures.json, then the document, then the annex. */
@Configuration(proxyBeanMethods = false)
public class MonthlyReportJobConfiguration {

    public static final String JOB_NAME = "monthlyReport";

    @Bean
    public Job monthlyReportJob(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                ReportSteps steps) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(new StepBuilder("writeMonthlyFigures", jobRepository)
                        .tasklet(steps.writeFigures(), transactionManager).build())
                .next(new StepBuilder("writeMonthlyDocument", jobRepository)
                        .tasklet(steps.writeDocument(), transactionManager).build())
                .next(new StepBuilder("writeMonthlyAnnex", jobRepository)
                        .tasklet(steps.writeAnnex(), transactionManager).build())
                .build();
    }
}
