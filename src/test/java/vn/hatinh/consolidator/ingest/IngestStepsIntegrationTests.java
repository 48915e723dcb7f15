package vn.hatinh.consolidator.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hatinh.consolidator.support.WorkbookBuilder.row;
import static vn.hatinh.consolidator.support.WorkbookBuilder.workbook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.batch.test.StepScopeTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.hatinh.consolidator.ConsolidatorApplication;
import vn.hatinh.consolidator.support.TestDatabase;
import vn.hatinh.consolidator.support.WorkbookBuilder;

/**
 * The ingest's steps one at a time through Spring Batch Test, against a real MariaDB: the partitioned read step,
 * its step-scoped reader bound to a partition's context and resumed from a saved position, and the archive step
 * run again after it completed (its process indicator leaves nothing to do twice).
 */
@SpringBootTest(classes = ConsolidatorApplication.class, properties = {
        "consolidator.ingest.partition-size=1B", "consolidator.ingest.chunk-size=2"})
class IngestStepsIntegrationTests {

    static final Path WORK = Path.of("target", "functional", "ingest-steps-" + System.nanoTime()).toAbsolutePath();
    static final Path INBOX = WORK.resolve("inbox");
    static final AtomicLong RUN = new AtomicLong();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "ingeststeps", WORK.resolve("archive"));
        registry.add("consolidator.settle", () -> "0s");
    }

    @Autowired
    JobOperator jobOperator;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    @Qualifier("ingestJob")
    Job ingestJob;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SubmissionStore submissions;

    @Autowired
    WorkbookItemReader workbookItemReader;

    @BeforeAll
    static void dropFolder() throws Exception {
        Object[][] rows = new Object[6 + 5][];
        rows[0] = row("Đơn vị báo cáo:", "Sở Ngoại vụ");
        rows[1] = row("Kỳ báo cáo:", "Tháng 03/2024");
        rows[2] = row();
        rows[3] = row("STT", "Tên đoàn", "Quốc gia", "Đối tác", "Ngày đến", "Ngày đi", "Số khách");
        for (int i = 0; i < 5; i++) {
            rows[4 + i] = row(i + 1, "Đoàn số " + i, "Lào", "Tỉnh " + i, "0" + (i + 1) + "/03/2024",
                    "0" + (i + 2) + "/03/2024", i == 2 ? "nhiều" : i + 1);
        }
        rows[9] = row();
        rows[10] = row();
        workbook().sheet("DoanVao", rows).writeTo(INBOX.resolve("SNGV/bao cao 03.2024.xlsx"));
        Files.createDirectories(INBOX.resolve("NX"));
        Files.writeString(INBOX.resolve("NX/hong.xlsx"), "not a workbook");
        WorkbookBuilder.settle(INBOX.resolve("NX/hong.xlsx"));
    }

    @Test
    void eachFileIsAPartitionAndABrokenFileEndsOnlyItsOwnWithAReason() throws Exception {
        JobParameters parameters = parameters();
        assertThat(utils().startStep("scanInbox", parameters, new ExecutionContext()).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);

        JobExecution read = utils().startStep("readWorkbooks", parameters(), new ExecutionContext());

        assertThat(read.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<StepExecution> partitions = read.getStepExecutions().stream()
                .filter(s -> s.getStepName().startsWith("readWorkbookFiles:")).toList();
        assertThat(partitions).hasSize(2).allMatch(s -> s.getStatus() == BatchStatus.COMPLETED);
        // the good file: its start, five rows, its end, in chunks of two
        StepExecution good = partitions.stream().filter(s -> s.getReadCount() == 7).findFirst().orElseThrow();
        assertThat(good.getWriteCount()).isEqualTo(7);
        assertThat(good.getCommitCount()).isGreaterThanOrEqualTo(4);
        Map<String, Object> sngv = jdbc.sql("SELECT status, rows_accepted, rows_rejected FROM submission WHERE path = ?")
                .param("SNGV/bao cao 03.2024.xlsx").query().singleRow();
        assertThat(sngv).containsEntry("status", "LOADED").containsEntry("rows_accepted", 4)
                .containsEntry("rows_rejected", 1);
        Map<String, Object> broken = jdbc.sql("SELECT status, reason FROM submission WHERE path = ?")
                .param("NX/hong.xlsx").query().singleRow();
        assertThat(broken.get("status")).isEqualTo("REJECTED");
        assertThat((String) broken.get("reason")).isNotBlank();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM source_row").query(Integer.class).single()).isEqualTo(5);

        // archived once; the step run again finds nothing left to archive
        assertThat(utils().startStep("applyResubmissions", parameters(), new ExecutionContext()).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        StepExecution archived = only(utils().startStep("archiveSubmissions", parameters(), new ExecutionContext()));
        assertThat(archived.getReadCount()).isEqualTo(2);
        assertThat(archived.getWriteCount()).isEqualTo(2);
        StepExecution again = only(utils().startStep("archiveSubmissions", parameters(), new ExecutionContext()));
        assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(again.getReadCount()).isZero();
    }

    @Test
    void theStepScopedReaderReadsItsPartitionsFilesAndResumesFromASavedPosition() throws Exception {
        long id = submissions.insert(INBOX.toString(), "SNGV/bao cao 03.2024.xlsx", 1L,
                java.time.LocalDateTime.of(2024, 4, 1, 8, 0), "resume-" + System.nanoTime(), "SNGV",
                SubmissionStatus.PENDING, null, null, null);
        ExecutionContext partition = new ExecutionContext();
        partition.putString(PendingFilesPartitioner.SUBMISSION_IDS, Long.toString(id));
        StepExecution stepExecution = MetaDataInstanceFactory.createStepExecution(partition);

        List<WorkbookItem> all = StepScopeTestUtils.doInStepScope(stepExecution, () -> readAll(new ExecutionContext()));
        assertThat(all).hasSize(7);
        assertThat(all.get(0)).isInstanceOf(WorkbookItem.FileStarted.class);
        assertThat(all.subList(1, 6)).allMatch(i -> i instanceof WorkbookItem.RowFound);
        assertThat(all.get(6)).isInstanceOfSatisfying(WorkbookItem.FileRead.class,
                end -> assertThat(end.reading().declaredUnit()).isEqualTo("Sở Ngoại vụ"));

        // as saved at a commit after the start and two rows: the restarted reader goes on with the third row
        ExecutionContext saved = new ExecutionContext();
        saved.putInt(WorkbookItemReader.FILE_INDEX, 0);
        saved.putInt(WorkbookItemReader.ROWS_READ, 3);
        List<WorkbookItem> rest = StepScopeTestUtils.doInStepScope(stepExecution, () -> readAll(saved));
        assertThat(rest).hasSize(4);
        assertThat(((WorkbookItem.RowFound) rest.get(0)).row().rowNumber())
                .isEqualTo(((WorkbookItem.RowFound) all.get(3)).row().rowNumber());
        assertThat(rest.get(3)).isInstanceOf(WorkbookItem.FileRead.class);
    }

    private List<WorkbookItem> readAll(ExecutionContext context) {
        List<WorkbookItem> items = new ArrayList<>();
        workbookItemReader.open(context);
        try {
            for (WorkbookItem item; (item = workbookItemReader.read()) != null; ) {
                items.add(item);
            }
        } finally {
            workbookItemReader.close();
        }
        return items;
    }

    private static StepExecution only(JobExecution execution) {
        assertThat(execution.getStepExecutions()).hasSize(1);
        return execution.getStepExecutions().iterator().next();
    }

    private JobOperatorTestUtils utils() {
        JobOperatorTestUtils utils = new JobOperatorTestUtils(jobOperator, jobRepository);
        utils.setJob(ingestJob);
        return utils;
    }

    private static JobParameters parameters() {
        return new JobParametersBuilder().addString("inbox", INBOX.toString())
                .addLong("run", RUN.incrementAndGet()).toJobParameters();
    }
}
