package vn.hatinh.consolidator.ingest;

import javax.sql.DataSource;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;

import vn.hatinh.consolidator.ConsolidatorProperties;
import vn.hatinh.consolidator.consolidate.ConsolidationTasklet;
import vn.hatinh.consolidator.reference.ReferenceData;

/**
 * The nightly ingest, step by step: scan the inbox, read each new workbook, let resubmissions replace what they
 * correct, consolidate the rows that count into one record per real event, then archive every processed file with
 * its feedback. Each step keeps its progress in the store, so a restart resumes where the failure happened.
 */
@Configuration(proxyBeanMethods = false)
public class IngestJobConfiguration {

    public static final String JOB_NAME = "ingest";
    /** Files archived per commit: each costs a feedback workbook, so a small chunk already amortises the commit. */
    private static final int ARCHIVE_CHUNK = 20;

    @Bean
    public Job ingestJob(JobRepository jobRepository, Step scanInbox, Step readWorkbooks, Step applyResubmissions,
                         @Qualifier("consolidateRecords") Step consolidateRecords, Step archiveSubmissions) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .validator(new DefaultJobParametersValidator(new String[] {"inbox"}, new String[0]))
                .start(scanInbox)
                .next(readWorkbooks)
                .next(applyResubmissions)
                .next(consolidateRecords)
                .next(archiveSubmissions)
                .build();
    }

    @Bean
    public Step scanInbox(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          InboxScanTasklet inboxScanTasklet) {
        return new StepBuilder("scanInbox", jobRepository).tasklet(inboxScanTasklet, transactionManager).build();
    }

    /** The scan of the folder the job was started for. */
    @Bean
    @StepScope
    public InboxScanTasklet inboxScanTasklet(@Value("#{jobParameters['inbox']}") String inbox,
                                             SubmissionStore submissions, ReferenceData reference,
                                             ConsolidatorProperties properties) {
        return new InboxScanTasklet(inbox, submissions, reference, properties);
    }

    /**
     * Reads the pending files, partitioned by file on {@code consolidator.ingest.threads} threads; a restart reruns
     * only the partitions that did not complete, each from its last commit.
     */
    @Bean
    public Step readWorkbooks(JobRepository jobRepository, Step readWorkbookFiles, SubmissionStore submissions,
                              IngestSettings settings) {
        // not a bean: Boot would make any Executor bean the scheduler's and the web's thread pool
        SimpleAsyncTaskExecutor workbookReaders = new SimpleAsyncTaskExecutor("workbook-reader-");
        workbookReaders.setConcurrencyLimit(settings.threads());
        return new StepBuilder("readWorkbooks", jobRepository)
                .partitioner(readWorkbookFiles.getName(),
                        new PendingFilesPartitioner(submissions, settings.partitionSize().toBytes()))
                .step(readWorkbookFiles)
                .gridSize(settings.threads())
                .taskExecutor(workbookReaders)
                .build();
    }

    @Bean
    public Step readWorkbookFiles(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                  WorkbookItemReader workbookItemReader, WorkbookParsing parsing,
                                  SubmissionStore submissions, SourceRowStore sourceRows, ReferenceData reference,
                                  IngestSettings settings) {
        return new StepBuilder("readWorkbookFiles", jobRepository)
                .<WorkbookItem, WorkbookItem>chunk(settings.chunkSize())
                .transactionManager(transactionManager)
                .transactionAttribute(readCommitted())
                .reader(workbookItemReader)
                .processor(new RowValidator(parsing.tables()))
                .writer(new WorkbookItemWriter(submissions, sourceRows, reference))
                .build();
    }

    /**
     * Partitions insert into the same tables at the same time; under REPEATABLE READ the range locks of one file's
     * clean-up block another's inserts (deadlocks measured on the dense folder). Each chunk touches only its own
     * files' rows, so it needs no range locks.
     */
    private static DefaultTransactionAttribute readCommitted() {
        DefaultTransactionAttribute attribute = new DefaultTransactionAttribute();
        attribute.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        return attribute;
    }

    /** The files of the partition being read, from its execution context. */
    @Bean
    @StepScope
    public WorkbookItemReader workbookItemReader(
            @Value("#{stepExecutionContext['" + PendingFilesPartitioner.SUBMISSION_IDS + "']}") String submissionIds,
            SubmissionStore submissions, WorkbookParsing parsing) {
        return new WorkbookItemReader(PendingFilesPartitioner.submissionIds(submissionIds), submissions, parsing);
    }

    @Bean
    public Step applyResubmissions(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                   ResubmissionTasklet tasklet) {
        return new StepBuilder("applyResubmissions", jobRepository).tasklet(tasklet, transactionManager).build();
    }

    /**
     * One tasklet in one transaction, because finding the touched blocks, deleting their records and matching them
     * again must be seen whole or not at all (a reader of the store never meets a block half rebuilt); the work of an
     * incremental run is a few hundred rows.
     */
    @Bean
    public Step consolidateRecords(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                   ConsolidationTasklet consolidationTasklet) {
        return new StepBuilder("consolidateRecords", jobRepository).tasklet(consolidationTasklet, transactionManager)
                .build();
    }

    /**
     * Archives each processed file with its feedback workbook; the workbooks are written on several threads at once
     * (the step's task executor processes a chunk's items concurrently), the archived marks committed a chunk at a
     * time.
     */
    @Bean
    public Step archiveSubmissions(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                   DataSource dataSource, SubmissionStore submissions, SourceRowStore sourceRows,
                                   FeedbackWriter feedback, ConsolidatorProperties properties,
                                   IngestSettings settings) {
        SubmissionArchiver archiver = new SubmissionArchiver(sourceRows, feedback, properties);
        SimpleAsyncTaskExecutor feedbackWriters = new SimpleAsyncTaskExecutor("feedback-writer-");
        feedbackWriters.setConcurrencyLimit(settings.threads());
        return new StepBuilder("archiveSubmissions", jobRepository)
                .<Submission, SubmissionArchiver.Archived>chunk(ARCHIVE_CHUNK)
                .transactionManager(transactionManager)
                .reader(submissions.notArchivedReader(dataSource))
                .processor(archiver)
                .writer(submissions.archivedWriter(dataSource))
                .taskExecutor(feedbackWriters)
                .listener(archiver)
                .build();
    }
}
