package vn.hatinh.consolidator.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.hatinh.consolidator.ConsolidatorApplication;
import vn.hatinh.consolidator.schedule.JobExecutionQueries;
import vn.hatinh.consolidator.support.TestDatabase;

/**
 * A report job end to end through its launcher: a failed step is the only one a rerun runs, in the same job
 * instance; a report written again is its next generation, with its period intact.
 */
@SpringBootTest(classes = ConsolidatorApplication.class)
@DirtiesContext
class ReportJobFunctionalTests {

    static final Path OUT = Path.of("target", "report-job-" + System.nanoTime()).toAbsolutePath();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "reportjob", OUT.resolve("archive"));
    }

    @Autowired
    ReportLauncher launcher;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    JobExecutionQueries executions;

    @Autowired
    JdbcTemplate jdbc;

    static final List<String> SAME_REPORT = List.of("from", "to", "number");

    @Test
    void aRerunAfterAFailedStepRunsOnlyThatStepInTheSameInstanceAndGeneration() throws Exception {
        LocalDate from = LocalDate.of(2023, 1, 1);
        LocalDate to = LocalDate.of(2023, 12, 31);
        Path out = OUT.resolve("restart");
        // the annex's temporary file cannot be written: a folder with something in it stands in its place
        Path obstacle = out.resolve("bao-cao-nhiem-ky-2023-01-01-den-2023-12-31-phu-luc.xlsx.tmp");
        Files.createDirectories(obstacle);
        Files.writeString(obstacle.resolve("x"), "x");

        JobExecution failed = launcher.term(from, to, null, null, out, 5);

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.getStepExecutions()).extracting(s -> s.getStepName() + " " + s.getStatus())
                .containsExactlyInAnyOrder("writeTermFigures COMPLETED", "writeTermDocument COMPLETED",
                        "writeTermAnnex FAILED");

        // the same report, by its period and number, is found unfinished; another number is other work
        assertThat(executions.latestUnfinished("termReport", failed.getJobParameters(), SAME_REPORT))
                .contains(failed.getId());
        assertThat(executions.latestUnfinished("termReport", new JobParametersBuilder(failed.getJobParameters())
                .addString("number", "7").toJobParameters(), SAME_REPORT)).isEmpty();
        assertThat(executions.latestUnfinished("monthlyReport", failed.getJobParameters(), SAME_REPORT)).isEmpty();

        Files.delete(obstacle.resolve("x"));
        Files.delete(obstacle);
        JobExecution resumed = launcher.term(from, to, null, null, out, 5);

        assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(resumed.getId()).isNotEqualTo(failed.getId());
        assertThat(resumed.getJobInstance().getId()).isEqualTo(failed.getJobInstance().getId());
        assertThat(jobRepository.getJobExecution(resumed.getId()).getStepExecutions())
                .extracting(StepExecution::getStepName).containsExactly("writeTermAnnex");
        assertThat(resumed.getJobParameters().getLong("generation")).isEqualTo(1L);
        assertThat(out.resolve("bao-cao-nhiem-ky-2023-01-01-den-2023-12-31-phu-luc.xlsx")).isNotEmptyFile();
        assertThat(executions.latestUnfinished("termReport", failed.getJobParameters(), SAME_REPORT)).isEmpty();
        assertThat(out.resolve("bao-cao-nhiem-ky-2023-01-01-den-2023-12-31.docx")).isNotEmptyFile();

        JobExecution again = launcher.term(from, to, null, null, out, 5);
        assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(again.getJobInstance().getId()).isNotEqualTo(failed.getJobInstance().getId());
        assertThat(again.getJobParameters().getLong("generation")).isEqualTo(2L);
        assertThat(again.getStepExecutions()).hasSize(3);
    }

    @Test
    void twoCompletedReportsOfOnePeriodAreGenerationsOneAndTwoAndKeepTheirPeriod() throws Exception {
        Path out = OUT.resolve("generations");
        JobExecution first = launcher.monthly(YearMonth.of(2024, 3), 25, "28", null, out, 5);
        JobExecution second = launcher.monthly(YearMonth.of(2024, 3), 25, "28", null, out, 5);
        JobExecution otherNumber = launcher.monthly(YearMonth.of(2024, 3), 25, "29", null, out, 5);
        JobExecution otherMonth = launcher.monthly(YearMonth.of(2024, 4), 25, "28", null, out, 5);

        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        for (JobExecution e : new JobExecution[] {first, second, otherNumber}) {
            // read back from the store, as a later run sees them
            var stored = jobRepository.getJobExecution(e.getId()).getJobParameters();
            assertThat(stored.getLocalDate("from")).isEqualTo(LocalDate.of(2024, 2, 25));
            assertThat(stored.getLocalDate("to")).isEqualTo(LocalDate.of(2024, 3, 25));
            assertThat(stored.getString("kind")).isEqualTo("monthly");
        }
        assertThat(jobRepository.getJobExecution(first.getId()).getJobParameters().getLong("generation")).isEqualTo(1L);
        assertThat(jobRepository.getJobExecution(second.getId()).getJobParameters().getLong("generation")).isEqualTo(2L);
        assertThat(second.getJobInstance().getId()).isNotEqualTo(first.getJobInstance().getId());
        assertThat(otherNumber.getJobParameters().getLong("generation")).isEqualTo(1L);
        assertThat(otherMonth.getJobParameters().getLong("generation")).isEqualTo(1L);
        assertThat(otherMonth.getJobParameters().getLocalDate("from")).isEqualTo(LocalDate.of(2024, 3, 25));
    }

    @Test
    void aReportWhoseProcessDiedMidwayIsRecoveredAndResumedByTheSameCommand() throws Exception {
        LocalDate from = LocalDate.of(2022, 1, 1);
        LocalDate to = LocalDate.of(2022, 6, 30);
        Path out = OUT.resolve("crash");
        Path obstacle = out.resolve("bao-cao-nhiem-ky-2022-01-01-den-2022-06-30.docx.tmp");
        Files.createDirectories(obstacle);
        Files.writeString(obstacle.resolve("x"), "x");
        JobExecution failed = launcher.term(from, to, null, null, out, 5);
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        // what a kill -9 in the document step leaves behind: the execution and its step still marked running
        jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL"
                + " WHERE JOB_EXECUTION_ID = ?", failed.getId());
        jdbc.update("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'EXECUTING', END_TIME = NULL"
                + " WHERE JOB_EXECUTION_ID = ? AND STEP_NAME = 'writeTermDocument'", failed.getId());
        Files.delete(obstacle.resolve("x"));
        Files.delete(obstacle);

        JobExecution resumed = launcher.term(from, to, null, null, out, 5);

        assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(resumed.getJobInstance().getId()).isEqualTo(failed.getJobInstance().getId());
        assertThat(jobRepository.getJobExecution(failed.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(jobRepository.getJobExecution(resumed.getId()).getStepExecutions())
                .extracting(StepExecution::getStepName).containsExactly("writeTermDocument", "writeTermAnnex");
        assertThat(resumed.getJobParameters().getLong("generation")).isEqualTo(1L);
        assertThat(out.resolve("bao-cao-nhiem-ky-2022-01-01-den-2022-06-30.docx")).isNotEmptyFile();
    }
}
