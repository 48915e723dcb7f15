package vn.hatinh.consolidator.ingest;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly ingest, step by step: scan the inbox, read each new workbook, let resubmissions replace what they
 * correct, consolidate the rows that count into one record per real event, then archive every processed file with
 * its feedback. Each step keeps its progress in the store, so a restart resumes where the failure happened.
 */
@Configuration(proxyBeanMethods = false)
public class IngestJobConfiguration {

    public static final String JOB_NAME = "ingest";

    @Bean
    public Job ingestJob(JobRepository jobRepository, Step scanInbox, Step readWorkbooks, Step applyResubmissions,
                         @Qualifier("consolidateRecords") Step consolidateRecords, Step archiveSubmissions) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(scanInbox)
                .next(readWorkbooks)
                .next(applyResubmissions)
                .next(consolidateRecords)
                .next(archiveSubmissions)
                .build();
    }

    @Bean
    public Step scanInbox(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          InboxScanTasklet tasklet) {
        return new StepBuilder("scanInbox", jobRepository).tasklet(tasklet, transactionManager).build();
    }

    @Bean
    public Step readWorkbooks(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                              WorkbookLoadTasklet tasklet) {
        return new StepBuilder("readWorkbooks", jobRepository).tasklet(tasklet, transactionManager).build();
    }

    @Bean
    public Step applyResubmissions(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                   ResubmissionTasklet tasklet) {
        return new StepBuilder("applyResubmissions", jobRepository).tasklet(tasklet, transactionManager).build();
    }

    @Bean
    public Step archiveSubmissions(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                   ArchiveTasklet tasklet) {
        return new StepBuilder("archiveSubmissions", jobRepository).tasklet(tasklet, transactionManager)
                .listener(tasklet).build();
    }
}
