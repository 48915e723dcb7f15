package vn.hatinh.consolidator.report;

import java.nio.file.Path;
import java.time.LocalDate;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.transaction.PlatformTransactionManager;

import vn.hatinh.consolidator.ConsolidatorProperties;
import vn.hatinh.consolidator.completeness.Completeness;
import vn.hatinh.consolidator.ingest.Period;
import vn.hatinh.consolidator.reference.ReferenceData;

/**
 * Both report jobs and all their steps: figures.json, then the document, then the annex. The monthly report goes
 * to the Propaganda Board, the term report to the Planning and Investment Department. Each step's tasklet is
 * step-scoped and bound to the job's parameters; each writes its file whole (to a temporary name, then moved), so
 * a restarted step rewrites it cleanly.
 */
@Configuration(proxyBeanMethods = false)
public class ReportJobsConfiguration {

    @Bean
    public Job monthlyReportJob(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                @Qualifier("writeFiguresTasklet") Tasklet figures,
                                @Qualifier("writeDocumentTasklet") Tasklet document,
                                @Qualifier("writeAnnexTasklet") Tasklet annex) {
        return reportJob(ReportKind.MONTHLY, "Monthly", jobRepository, transactionManager, figures, document,
                annex);
    }

    @Bean
    public Job termReportJob(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                             @Qualifier("writeFiguresTasklet") Tasklet figures,
                             @Qualifier("writeDocumentTasklet") Tasklet document,
                             @Qualifier("writeAnnexTasklet") Tasklet annex) {
        return reportJob(ReportKind.TERM, "Term", jobRepository, transactionManager, figures, document,
                annex);
    }

    /** The one shape of both jobs; the step names carry the kind so the run history tells them apart. */
    private static Job reportJob(ReportKind kind, String stepInfix, JobRepository jobRepository,
                                 PlatformTransactionManager transactionManager, Tasklet figures, Tasklet document,
                                 Tasklet annex) {
        return new JobBuilder(kind.jobName(), jobRepository)
                .validator(new ReportParametersValidator(kind))
                .start(step("write" + stepInfix + "Figures", figures, jobRepository, transactionManager))
                .next(step("write" + stepInfix + "Document", document, jobRepository, transactionManager))
                .next(step("write" + stepInfix + "Annex", annex, jobRepository, transactionManager))
                .build();
    }

    private static Step step(String name, Tasklet tasklet, JobRepository jobRepository,
                             PlatformTransactionManager transactionManager) {
        return new StepBuilder(name, jobRepository).tasklet(tasklet, transactionManager).build();
    }

    /**
     * The report the running step writes, from its job's parameters (checked by {@link ReportParametersValidator}).
     * Not proxied: only the step-scoped tasklets below use it, and they are created inside their step.
     */
    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.NO)
    public ReportRequest reportRequest(@Value("#{jobParameters['kind']}") String kind,
                                       @Value("#{jobParameters['from']}") LocalDate from,
                                       @Value("#{jobParameters['to']}") LocalDate to,
                                       @Value("#{jobParameters['number']}") String number,
                                       @Value("#{jobParameters['date']}") LocalDate date,
                                       @Value("#{jobParameters['out']}") String out,
                                       @Value("#{jobParameters['cutoffDay'] ?: 25}") Long cutoffDay) {
        return new ReportRequest(ReportKind.fromCode(kind), new Period(from, to),
                number == null || number.isBlank() ? null : number, date, Path.of(out), cutoffDay.intValue());
    }

    @Bean
    @StepScope
    public Tasklet writeFiguresTasklet(ReportRequest reportRequest, PeriodRecords records) {
        return new WriteFiguresTasklet(reportRequest, records);
    }

    @Bean
    @StepScope
    public Tasklet writeDocumentTasklet(ReportRequest reportRequest, PeriodRecords records, ReferenceData reference,
                                        ConsolidatorProperties properties) {
        return new WriteDocumentTasklet(reportRequest, records, reference, properties);
    }

    @Bean
    @StepScope
    public Tasklet writeAnnexTasklet(ReportRequest reportRequest, PeriodRecords records, ReferenceData reference,
                                     Completeness completeness) {
        return new WriteAnnexTasklet(reportRequest, records, reference, completeness);
    }
}
