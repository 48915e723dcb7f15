package vn.hatinh.consolidator.report;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The term report to the Planning and Investment Department: figures.json, then the document, then the annex. */
@Configuration(proxyBeanMethods = false)
public class TermReportJobConfiguration {

    public static final String JOB_NAME = "termReport";

    @Bean
    public Job termReportJob(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                             ReportSteps steps) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(new StepBuilder("writeTermFigures", jobRepository)
                        .tasklet(steps.writeFigures(), transactionManager).build())
                .next(new StepBuilder("writeTermDocument", jobRepository)
                        .tasklet(steps.writeDocument(), transactionManager).build())
                .next(new StepBuilder("writeTermAnnex", jobRepository)
                        .tasklet(steps.writeAnnex(), transactionManager).build())
                .build();
    }
}
