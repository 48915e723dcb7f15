package vn.hatinh.consolidator.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.hatinh.consolidator.cli.Main;
import vn.hatinh.consolidator.store.DataDirLock;
import vn.hatinh.consolidator.store.EmbeddedMariaDb;
import vn.hatinh.consolidator.support.LargeDropFolder;

/** What the operator lives with: two commands at once, and the database going away in the middle of a job. */
class OperatorFunctionalTests {

    static final Path WORK = Path.of("target", "functional", "operator-" + System.nanoTime()).toAbsolutePath();
    static final Path INBOX = WORK.resolve("inbox");
    static final int FILES = 12;
    static final int ROWS = 1500;

    @BeforeAll
    static void dropFolder() throws Exception {
        LargeDropFolder.write(INBOX, FILES, ROWS);
    }

    @Test
    void aSecondCommandOnTheSameStoreWaitsThenRefusesWithAPlainSentence() throws Exception {
        Path data = WORK.resolve("shared-data");
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> Main.run("ingest", "--inbox",
                INBOX.toString(), "--data-dir", data.toString(), "--jobs-dir", "jobs"));
        Path pid = data.resolve("mariadb/mariadbd.pid");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!Files.exists(pid) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        int second;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            second = Main.run("ingest", "--inbox", INBOX.toString(), "--data-dir", data.toString(), "--jobs-dir", "jobs",
                    "--wait", "1");
        } finally {
            System.setErr(original);
        }
        assertThat(second).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Một lệnh consolidator khác đang dùng thư mục dữ liệu");
        assertThat(first.get(5, TimeUnit.MINUTES)).as("the first command is not disturbed").isZero();
    }

    @Test
    void whenTheDatabaseGoesAwayTheJobFailsAndJobsRestartCompletesItOnceItIsBack() throws Exception {
        Path serverDir = WORK.resolve("external-server");
        try (DataDirLock lock = DataDirLock.acquire(serverDir, Duration.ofSeconds(5))) {
            EmbeddedMariaDb server = EmbeddedMariaDb.start(serverDir);
            String url = server.jdbcUrl();
            CompletableFuture<Integer> ingest = CompletableFuture.supplyAsync(() -> Main.run("ingest", "--inbox",
                    INBOX.toString(), "--db-url", url, "--db-user", "root", "--jobs-dir", "jobs",
                    "--data-dir", WORK.resolve("unused").toString()));
            waitForLoadedFiles(url, 2);
            server.close();
            assertThat(ingest.get(3, TimeUnit.MINUTES)).as("the job fails with a clear error").isEqualTo(1);

            try (EmbeddedMariaDb back = EmbeddedMariaDb.start(serverDir)) {
                String again = back.jdbcUrl();
                long execution = single(again, "SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION");
                assertThat(Main.run("jobs", "failed", "--db-url", again, "--db-user", "root", "--jobs-dir", "jobs"))
                        .isZero();
                assertThat(Main.run("jobs", "restart", Long.toString(execution), "--db-url", again, "--db-user",
                        "root", "--jobs-dir", "jobs")).isZero();
                // two files per unit for the same year: the later of each pair supersedes the other
                assertThat(single(again, "SELECT COUNT(*) FROM submission WHERE status = 'ACCEPTED'")).isEqualTo(FILES / 2);
                assertThat(single(again, "SELECT COUNT(*) FROM submission WHERE status = 'SUPERSEDED'")).isEqualTo(FILES / 2);
                assertThat(single(again, "SELECT COUNT(*) FROM source_row")).isEqualTo((long) FILES * ROWS);
                assertThat(single(again, "SELECT COUNT(*) FROM submission")).as("no file recorded twice")
                        .isEqualTo(FILES);
            }
        }
    }

    private static void waitForLoadedFiles(String url, int files) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (single(url, "SELECT COUNT(*) FROM submission WHERE status = 'LOADED'") >= files) {
                    return;
                }
            } catch (Exception notYet) {
                // the schema is still being created
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the ingest did not load " + files + " files in time");
    }

    private static long single(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "root", ""); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
