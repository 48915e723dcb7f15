package vn.hatinh.consolidator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import vn.hatinh.consolidator.cli.Main;
import vn.hatinh.consolidator.ingest.workbook.RejectionReason;
import vn.hatinh.consolidator.store.DataDirLock;
import vn.hatinh.consolidator.store.EmbeddedMariaDb;
import vn.hatinh.consolidator.support.StreamedDropFolder;
import vn.hatinh.consolidator.support.WideAndLongWorkbook;

/**
 * The memory bound, end to end: one workbook of a million delegation rows, beside one with a row 16,384 columns wide
 * and a 10 MB cell, is ingested by the real command in a JVM whose heap is capped at 256 MB (read, validate, load,
 * consolidate, archive with a million-row feedback workbook).
 * Running out of heap would kill that JVM, so its exit code and the store it leaves are the proof.
 */
class BoundedMemoryFunctionalTests {

    private static final int ROWS = 1_000_000;

    @Test
    void aMillionRowWorkbookAndAWideOneIngestWithin256MegabytesOfHeap() throws Exception {
        Path work = Path.of("target", "functional", "bounded-" + System.nanoTime()).toAbsolutePath();
        Path inbox = StreamedDropFolder.write(work.resolve("inbox"), ROWS, 1);
        WideAndLongWorkbook.write(inbox.resolve("NX/rong va dai.xlsx"));
        Path data = work.resolve("data");
        Path log = work.resolve("ingest.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "ingest", "--inbox", inbox.toString(), "--data-dir", data.toString(),
                "--jobs-dir", Path.of("jobs").toAbsolutePath().toString(), "--settle-seconds", "0")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = child.waitFor(10, TimeUnit.MINUTES);
        if (!ended) {
            child.destroyForcibly().waitFor();
        }

        String output = Files.readString(log);
        assertThat(ended).as("the ingest ended within 10 minutes").isTrue();
        assertThat(output).doesNotContain("OutOfMemoryError");
        assertThat(child.exitValue()).as(output).isZero();
        try (DataDirLock lock = DataDirLock.acquire(data, Duration.ofSeconds(30));
             EmbeddedMariaDb db = EmbeddedMariaDb.start(data);
             Connection c = DriverManager.getConnection(db.jdbcUrl(), "root", "");
             Statement s = c.createStatement()) {
            assertThat(single(s, "SELECT COUNT(*) FROM submission WHERE status = 'ACCEPTED'")).isEqualTo(1);
            assertThat(single(s, "SELECT rows_accepted FROM submission WHERE status = 'ACCEPTED'")).isEqualTo(ROWS);
            // read to its end within the same heap, then refused for what it is: no table under a header
            assertThat(text(s, "SELECT CONCAT(status, ': ', reason) FROM submission WHERE path = 'NX/rong va dai.xlsx'"))
                    .isEqualTo("REJECTED: " + RejectionReason.NO_TABLE.message());
            assertThat(single(s, "SELECT COUNT(*) FROM source_row WHERE accepted")).isEqualTo(ROWS);
            assertThat(single(s, "SELECT COUNT(*) FROM consolidated_record")).isEqualTo(ROWS);
            assertThat(single(s, "SELECT COUNT(*) FROM record_link")).isEqualTo(ROWS);
            assertThat(single(s, "SELECT COUNT(*) FROM submission WHERE archived AND feedback_path IS NOT NULL"))
                    .isEqualTo(2);
        }
        try (var archived = Files.walk(data.resolve("archive"))) {
            assertThat(archived.filter(p -> p.toString().endsWith("bao cao 0.xlsx.phan-hoi.xlsx")).toList())
                    .singleElement().satisfies(p -> assertThat(Files.size(p)).isGreaterThan(10L << 20));
        }
    }

    private static String text(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long single(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
