package vn.hatinh.consolidator.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.hatinh.consolidator.support.ChildJvm;
import vn.hatinh.consolidator.support.LargeDropFolder;

/**
 * {@code serve} as systemd runs it: its health endpoint answers on the given port, says DOWN when the database is,
 * and SIGTERM in the middle of a scheduled ingest stops it at a safe point, cleanly, leaving the work for the next
 * run to finish.
 */
class ServeFunctionalTests {

    static final Path WORK = Path.of("target", "functional", "serve-" + System.nanoTime()).toAbsolutePath();
    static final Pattern PORT = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/actuator/health");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void healthAnswersOnItsPortOtherCommandsUseItsServerAndHealthSaysDownWhenTheDatabaseIs() throws Exception {
        Path dataDir = WORK.resolve("health-data");
        ChildJvm serve = ChildJvm.start(WORK, "serve-health", "serve", "--port", "0", "--data-dir",
                dataDir.toString(), "--jobs-dir", "jobs");
        try {
            int port = awaitPort(serve);
            HttpResponse<String> up = health(port);
            assertThat(up.statusCode()).isEqualTo(200);
            assertThat(up.body()).contains("\"status\":\"UP\"").contains("\"db\"").doesNotContain(dataDir.toString());

            // beside serve, another command uses serve's server at once rather than waiting for it to stop
            Path csv = WORK.resolve("beside-serve.csv");
            ChildJvm export = ChildJvm.start(WORK, "export-beside-serve", "export", "submissions", "--out",
                    csv.toString(), "--data-dir", dataDir.toString(), "--jobs-dir", "jobs", "--wait", "0");
            assertThat(export.await(120)).as(export.stderr()).isZero();
            assertThat(csv).isRegularFile();
            assertThat(Files.getPosixFilePermissions(dataDir.resolve("served-store.properties")))
                    .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);

            long mariadbd = Long.parseLong(Files.readString(dataDir.resolve("mariadb/mariadbd.pid")).trim());
            ProcessHandle.of(mariadbd).orElseThrow().destroyForcibly();
            HttpResponse<String> down = poll(Duration.ofSeconds(60), () -> health(port), r -> r.statusCode() == 503);
            assertThat(down.body()).contains("\"status\":\"DOWN\"");
        } finally {
            serve.kill();
        }
    }

    @Test
    void sigtermDuringAScheduledIngestStopsCleanlyAndTheNextRunCompletesIt() throws Exception {
        int files = 12;
        int rows = 1500;
        Path inbox = LargeDropFolder.write(WORK.resolve("inbox"), files, rows);
        Path jobs = WORK.resolve("jobs");
        Files.createDirectories(jobs.resolve("schedules"));
        Files.writeString(jobs.resolve("schedules/nightly-ingest.yml"), """
                job: ingest
                cron: "0/3 * * * * ?"
                timeZone: Asia/Ho_Chi_Minh
                parameters:
                  inbox: %s
                """.formatted(inbox), StandardCharsets.UTF_8);
        Path dataDir = WORK.resolve("sigterm-data");
        ChildJvm serve = ChildJvm.start(WORK, "serve-sigterm", "serve", "--port", "0", "--data-dir",
                dataDir.toString(), "--jobs-dir", jobs.toString());
        try {
            awaitPort(serve);
            poll(Duration.ofSeconds(240), serve::stderr, err -> err.split("rows accepted", -1).length > 2);
            serve.signal("TERM");
            int exit = serve.await(240);
            assertThat(exit).as(serve.stderr()).isZero();
        } finally {
            serve.kill();
        }
        String err = serve.stderr();
        assertThat(err).contains("Stopped cleanly");
        assertThat(err).doesNotContain("ERROR", "Exception", "Failed to validate");
        assertThat(err.split("rows accepted", -1).length - 1).as("files read before the stop").isLessThan(files);

        ChildJvm rerun = ChildJvm.start(WORK, "rerun", "ingest", "--inbox", inbox.toString(), "--data-dir",
                dataDir.toString(), "--jobs-dir", jobs.toString());
        assertThat(rerun.await(300)).as(rerun.stderr()).isZero();
        assertThat(rerun.stdout())
                .contains("làm tiếp lần nhận bị gián đoạn")
                .contains("Dòng số liệu: " + files * rows + " được nhận, 0 bị từ chối.");
    }

    private static int awaitPort(ChildJvm serve) throws Exception {
        String out = poll(Duration.ofSeconds(180), serve::stdout, s -> PORT.matcher(s).find() || !serve.process().isAlive());
        Matcher m = PORT.matcher(out);
        assertThat(m.find()).as("serve printed its address; stderr: " + serve.stderr()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static HttpResponse<String> health(int port) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    interface Probe<T> {
        T get() throws Exception;
    }

    private static <T> T poll(Duration limit, Probe<T> probe, Predicate<T> done) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        T last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = probe.get();
                if (done.test(last)) {
                    return last;
                }
            } catch (java.io.IOException notYet) {
                // the server is not answering yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not reached within " + limit + "; last: " + last);
    }

}
