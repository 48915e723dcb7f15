package vn.hatinh.consolidator.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
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
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hatinh.consolidator.ConsolidatorApplication;
import vn.hatinh.consolidator.consolidate.ConsolidatedRecord;
import vn.hatinh.consolidator.consolidate.ConsolidatedRecords;
import vn.hatinh.consolidator.ingest.Period;
import vn.hatinh.consolidator.support.TestDatabase;

/**
 * The report steps one at a time (Spring Batch Test's {@code startStep}) against a real MariaDB holding records on
 * both sides of each period's edges: a step counts exactly the records of its period, which it queries by period.
 */
@SpringBootTest(classes = ConsolidatorApplication.class)
@DirtiesContext
class ReportStepsIntegrationTests {

    static final Path OUT = Path.of("target", "report-steps-" + System.nanoTime()).toAbsolutePath();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "reportsteps", OUT.resolve("archive"));
    }

    @Autowired
    JobOperator jobOperator;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    @Qualifier("termReportJob")
    Job termReportJob;

    @Autowired
    @Qualifier("monthlyReportJob")
    Job monthlyReportJob;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ConsolidatedRecords records;

    @Autowired
    PeriodRecords periodRecords;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void recordsAroundThePeriodsEdges() {
        jdbc.update("DELETE FROM consolidated_record");
        // term 15/01/2023 - 30/06/2023, monthly March 2024 (25/02/2024 - 25/03/2024)
        event("O-1", "outbound", "2023-01-14", 100);
        event("O-2", "outbound", "2023-01-15", 3);
        event("O-3", "outbound", "2023-06-30", 4);
        event("O-4", "outbound", "2023-07-01", 200);
        event("I-1", "inbound", "2023-03-10", 7);
        event("I-2", "inbound", "2024-02-24", 300);
        event("I-3", "inbound", "2024-02-25", 5);
        event("I-4", "inbound", "2024-03-25", 6);
        event("I-5", "inbound", "2024-03-26", 400);
        event("I-6", "inbound", null, 500);
        consular("L-1", "2023-01-01", 1000);
        consular("L-2", "2023-02-01", 20);
        consular("L-3", "2023-06-01", 30);
        consular("L-4", "2023-07-01", 2000);
        consular("L-5", "2024-02-01", 3000);
        consular("L-6", "2024-03-01", 40);
    }

    @Test
    void theTermFiguresStepCountsTheEventsStartingInTheTermAndTheMonthsWhollyInside() throws Exception {
        Path out = OUT.resolve("term");
        JobExecution execution = utils(termReportJob).startStep("writeTermFigures",
                term(LocalDate.of(2023, 1, 15), LocalDate.of(2023, 6, 30), out), new ExecutionContext());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(execution.getStepExecutions()).extracting(StepExecution::getStepName)
                .containsExactly("writeTermFigures");
        JsonNode figures = JsonMapper.builder().build().readTree(out.resolve("figures.json").toFile());
        assertThat(figures.get("outbound").get("delegations").asInt()).isEqualTo(2);
        assertThat(figures.get("outbound").get("persons").asInt()).isEqualTo(7);
        assertThat(figures.get("inbound").get("visitors").asInt()).isEqualTo(7);
        assertThat(figures.get("consular").get("cases").asInt()).isEqualTo(50);
        assertThat(Files.exists(out.resolve("bao-cao-nhiem-ky-2023-01-15-den-2023-06-30.docx"))).isFalse();
    }

    @Test
    void theMonthlyFiguresStepCountsTheEventsOfTheCutOffPeriodAndTheConsularWorkOfItsMonth() throws Exception {
        Path out = OUT.resolve("monthly");
        JobParameters parameters = new JobParametersBuilder().addString("kind", "monthly")
                .addLocalDate("from", LocalDate.of(2024, 2, 25)).addLocalDate("to", LocalDate.of(2024, 3, 25))
                .addString("number", "").addLong("generation", 1L).addString("out", out.toString())
                .toJobParameters();
        JobExecution execution = utils(monthlyReportJob).startStep("writeMonthlyFigures", parameters,
                new ExecutionContext());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        JsonNode figures = JsonMapper.builder().build().readTree(out.resolve("figures.json").toFile());
        assertThat(figures.get("inbound").get("delegations").asInt()).isEqualTo(2);
        assertThat(figures.get("inbound").get("visitors").asInt()).isEqualTo(11);
        assertThat(figures.get("consular").get("cases").asInt()).isEqualTo(40);
    }

    @Test
    void theQueryOfAPeriodGivesExactlyTheRecordsTheFiguresCount() {
        List<ConsolidatedRecord> all = records.all();
        List<Period> periods = List.of(new Period(LocalDate.of(2023, 1, 15), LocalDate.of(2023, 6, 30)),
                new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 7, 31)),
                new Period(LocalDate.of(2023, 2, 2), LocalDate.of(2023, 3, 31)),
                new Period(LocalDate.of(2024, 2, 25), LocalDate.of(2024, 3, 25)),
                new Period(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31)));
        for (Period period : periods) {
            for (ReportKind kind : ReportKind.values()) {
                assertThat(periodRecords.of(kind, period)).as("%s %s", kind, period)
                        .extracting(ConsolidatedRecord::id)
                        .containsExactlyElementsOf(FiguresCalculator.inPeriod(all, period, kind).stream()
                                .map(ConsolidatedRecord::id).toList())
                        .isNotEmpty();
            }
        }
        assertThat(periodRecords.of(ReportKind.TERM, periods.get(2))).extracting(ConsolidatedRecord::id)
                .containsExactly("I-1");
    }

    @Test
    void aStepScopedReportRequestIsBoundToTheParametersOfItsStepsJob() throws Exception {
        StepExecution step = MetaDataInstanceFactory.createStepExecution(
                term(LocalDate.of(2023, 1, 15), LocalDate.of(2023, 6, 30), OUT.resolve("bound")));

        ReportRequest request = StepScopeTestUtils.doInStepScope(step,
                () -> context.getBean("reportRequest", ReportRequest.class));

        assertThat(request.kind()).isEqualTo(ReportKind.TERM);
        assertThat(request.period()).isEqualTo(new Period(LocalDate.of(2023, 1, 15), LocalDate.of(2023, 6, 30)));
        assertThat(request.number()).as("a blank number stays blank on the document").isNull();
        assertThat(request.out()).isEqualTo(OUT.resolve("bound"));
        assertThat(request.cutoffDay()).as("the default cut-off day").isEqualTo(25);
        assertThat(request.date()).isEqualTo(LocalDate.of(2023, 6, 30));
    }

    @Test
    void aReportJobWithAPeriodEndingBeforeItStartsIsRefusedBeforeAnyStep() {
        Path out = OUT.resolve("refused");
        assertThatThrownBy(() -> jobOperator.start(termReportJob,
                term(LocalDate.of(2023, 6, 30), LocalDate.of(2023, 1, 15), out)))
                .isInstanceOf(InvalidJobParametersException.class)
                .hasMessageContaining("ngày kết thúc 2023-01-15 đứng trước ngày bắt đầu 2023-06-30");
        assertThat(out).doesNotExist();
    }

    private JobOperatorTestUtils utils(Job job) {
        JobOperatorTestUtils utils = new JobOperatorTestUtils(jobOperator, jobRepository);
        utils.setJob(job);
        return utils;
    }

    private static JobParameters term(LocalDate from, LocalDate to, Path out) {
        return new JobParametersBuilder().addString("kind", "term").addLocalDate("from", from)
                .addLocalDate("to", to).addString("number", "").addLong("generation", 1L)
                .addLocalDate("date", to, false).addString("out", out.toString(), false).toJobParameters();
    }

    private void event(String id, String type, String start, int count) {
        jdbc.update("INSERT INTO consolidated_record (id, type, start_date, country, partner, cnt) VALUES (?, ?, ?, ?, ?, ?)",
                id, type, start == null ? null : LocalDate.parse(start), "LA", "Đối tác " + id, count);
    }

    private void consular(String id, String month, int cases) {
        jdbc.update("INSERT INTO consolidated_record (id, type, month, cases, legalizations) VALUES (?, 'consular', ?, ?, 0)",
                id, YearMonth.from(LocalDate.parse(month)).atDay(1), cases);
    }
}
