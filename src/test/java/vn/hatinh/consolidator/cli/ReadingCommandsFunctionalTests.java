package vn.hatinh.consolidator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import vn.hatinh.consolidator.support.ChildJvm;
import vn.hatinh.consolidator.support.ExportedCsv;
import vn.hatinh.consolidator.support.InputSamples;

/**
 * A command that only reads an existing store builds no Spring context: it prints the store's data as before, but
 * never starts a Spring application, the Quartz scheduler, the web server, Thymeleaf or the security filters, and never
 * runs Flyway on a schema that is up to date. Each command runs in a JVM of its own whose class loading is logged, so
 * what was never loaded was never started; the ingest before them (the whole context) shows the probe sees them.
 */
class ReadingCommandsFunctionalTests {

    private static final List<String> NEVER_LOADED_BY_A_READING_COMMAND = List.of(
            "org.springframework.boot.SpringApplication",
            "org.springframework.context.support.AbstractApplicationContext",
            "org.quartz.core.QuartzScheduler",
            "org.apache.tomcat.util.net.NioEndpoint",
            "org.thymeleaf.TemplateEngine",
            "org.springframework.security.web.DefaultSecurityFilterChain",
            "org.flywaydb.core.internal.command.DbMigrate",
            "org.flywaydb.core.internal.command.DbValidate");

    @Test
    void exportsAndListsOfAnExistingStoreStartNeitherSchedulerNorWebServerAndPrintTheStoresData() throws Exception {
        Path work = Path.of("target", "reading-" + System.nanoTime()).toAbsolutePath();
        Path inbox = InputSamples.copyTo(work.resolve("inbox"));
        Path data = work.resolve("data");

        ChildJvm ingest = run(work, "ingest", "ingest", "--inbox", inbox.toString(), "--data-dir", data.toString());
        assertThat(ingest.await(240)).as(ingest.stderr()).isZero();
        assertThat(ingest.stdout()).contains("Tệp: 10 đã tiếp nhận, 1 bị thay thế bởi bản gửi sau, 1 trùng lặp");
        // the full context of a job: the store was new, so Flyway migrated it, and the scheduler bean exists
        assertThat(loaded(work, "ingest")).contains("org.quartz.core.QuartzScheduler",
                "org.flywaydb.core.internal.command.DbMigrate", "org.springframework.boot.SpringApplication");

        Path csv = work.resolve("submissions.csv");
        ChildJvm export = run(work, "export", "export", "submissions", "--out", csv.toString(), "--data-dir",
                data.toString());
        assertThat(export.await(120)).as(export.stderr()).isZero();
        assertThat(export.stdout()).contains("Đã ghi 18 tệp");
        Map<String, Long> statuses = ExportedCsv.read(csv).stream()
                .collect(Collectors.groupingBy((CSVRecord r) -> r.get("status"), Collectors.counting()));
        assertThat(statuses).containsExactlyInAnyOrderEntriesOf(
                Map.of("ACCEPTED", 10L, "SUPERSEDED", 1L, "DUPLICATE", 1L, "REJECTED", 2L, "IGNORED", 4L));
        assertThat(loaded(work, "export")).doesNotContainAnyElementsOf(NEVER_LOADED_BY_A_READING_COMMAND);

        // records go through the reference data (unit names) as well as the store
        Path records = work.resolve("records.csv");
        ChildJvm recordsExport = run(work, "records", "export", "records", "--out", records.toString(),
                "--data-dir", data.toString());
        assertThat(recordsExport.await(120)).as(recordsExport.stderr()).isZero();
        assertThat(recordsExport.stdout()).contains("Đã ghi 27 bản ghi tổng hợp");
        assertThat(ExportedCsv.read(records)).hasSize(27);
        assertThat(loaded(work, "records")).doesNotContainAnyElementsOf(NEVER_LOADED_BY_A_READING_COMMAND);

        ChildJvm show = run(work, "show", "jobs", "show", "1", "--data-dir", data.toString());
        assertThat(show.await(120)).as(show.stderr()).isZero();
        assertThat(show.stdout()).startsWith("Lần chạy 1: Hoàn thành.")
                .contains("Đọc các tệp: hoàn thành", "Hợp nhất bản ghi: hoàn thành, đọc");
        assertThat(loaded(work, "show")).doesNotContainAnyElementsOf(NEVER_LOADED_BY_A_READING_COMMAND);

        ChildJvm jobs = run(work, "jobs", "jobs", "list", "--data-dir", data.toString());
        assertThat(jobs.await(120)).as(jobs.stderr()).isZero();
        assertThat(jobs.stdout()).startsWith("1  ingest  COMPLETED").contains("inbox=" + inbox);
        assertThat(loaded(work, "jobs")).doesNotContainAnyElementsOf(NEVER_LOADED_BY_A_READING_COMMAND);

        ChildJvm review = run(work, "review", "review", "list", "--data-dir", data.toString());
        assertThat(review.await(120)).as(review.stderr()).isZero();
        assertThat(review.stdout()).contains("Không có cặp nào chờ rà soát.");
        assertThat(loaded(work, "review")).doesNotContainAnyElementsOf(NEVER_LOADED_BY_A_READING_COMMAND);
    }

    private static ChildJvm run(Path work, String name, String... args) throws Exception {
        return ChildJvm.start(work, name, work, Map.of(),
                List.of("-Xlog:class+load=info:file=" + work.resolve(name + ".classes")), args);
    }

    /** The names of the classes the child JVM loaded. */
    private static List<String> loaded(Path work, String name) throws Exception {
        return Files.readAllLines(work.resolve(name + ".classes")).stream()
                .map(line -> line.replaceFirst("^(\\[[^]]*\\])+\\s*", "").split(" ")[0])
                .toList();
    }
}
