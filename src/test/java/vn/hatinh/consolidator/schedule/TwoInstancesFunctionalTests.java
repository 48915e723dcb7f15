package vn.hatinh.consolidator.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.hatinh.consolidator.support.ChildJvm;
import vn.hatinh.consolidator.support.TestDatabase;

/**
 * Two {@code serve} processes on one MariaDB server (clustered Quartz): every firing of a trigger runs in exactly
 * one of them; when one is killed with SIGKILL the other goes on running what falls due.
 */
class TwoInstancesFunctionalTests {

    static final Path WORK = Path.of("target", "functional", "two-instances-" + System.nanoTime()).toAbsolutePath();
    static final Pattern FIRED = Pattern.compile("Scheduled ingest for (\\S+?)\\[");
    static final Pattern RECOVERED = Pattern.compile("Recovering ingest for (\\S+?)\\[");
    static final Pattern ADDRESS = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/actuator/health");

    @Test
    void eachFiringRunsOnceAndTheSurvivorCarriesOn() throws Exception {
        String url = TestDatabase.newDatabase("twoinstances");
        Path inbox = Files.createDirectories(WORK.resolve("inbox"));
        Path jobs = Files.createDirectories(WORK.resolve("jobs/schedules")).getParent();
        Files.writeString(jobs.resolve("schedules/nightly-ingest.yml"), """
                job: ingest
                cron: "0/4 * * * * ?"
                timeZone: Asia/Ho_Chi_Minh
                parameters:
                  inbox: %s
                """.formatted(inbox), StandardCharsets.UTF_8);

        ChildJvm first = serve("a", url, jobs);
        ChildJvm second = serve("b", url, jobs);
        try {
            awaitStarted(first);
            awaitStarted(second);
            awaitFirings(List.of(first, second), 6, 180);

            // kill the instance that has been doing the work (Quartz may give every firing to one of them)
            ChildJvm killed = firings(first).size() >= firings(second).size() ? first : second;
            ChildJvm survivor = killed == first ? second : first;
            killed.kill();
            killed.process().waitFor();
            OffsetDateTime killedAt = OffsetDateTime.now();
            int before = firings(survivor).size();
            awaitFirings(List.of(survivor), before + 3, 180);

            List<String> all = new ArrayList<>(firings(first));
            all.addAll(firings(second));
            assertThat(all).as("every firing ran in exactly one instance").doesNotHaveDuplicates();
            // a firing the killed instance was running is recovered by the survivor, and only such a firing
            assertThat(matches(survivor, RECOVERED)).as("recovered").isSubsetOf(firings(killed));
            assertThat(firings(survivor).stream().map(OffsetDateTime::parse).filter(t -> t.isAfter(killedAt)))
                    .as("the survivor ran what fell due after the kill").hasSizeGreaterThanOrEqualTo(2);
            assertThat(survivor.stderr()).doesNotContain("ERROR");
        } finally {
            first.kill();
            second.kill();
        }
    }

    private static ChildJvm serve(String name, String url, Path jobs) throws Exception {
        return ChildJvm.start(WORK, "serve-" + name, "serve", "--port", "0", "--db-url", url, "--db-user", "root",
                "--data-dir", WORK.resolve("data-" + name).toString(), "--jobs-dir", jobs.toString());
    }

    private static void awaitStarted(ChildJvm serve) throws Exception {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (!ADDRESS.matcher(serve.stdout()).find()) {
            assertThat(serve.process().isAlive()).as(serve.stderr()).isTrue();
            assertThat(System.nanoTime()).as("serve started in time").isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    private static void awaitFirings(List<ChildJvm> instances, int atLeast, int seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (instances.stream().mapToInt(i -> firings(i).size()).sum() < atLeast) {
            assertThat(System.nanoTime()).as("%d firings within %d s", atLeast, seconds).isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    private static List<String> firings(ChildJvm serve) {
        return matches(serve, FIRED);
    }

    private static List<String> matches(ChildJvm serve, Pattern pattern) {
        List<String> times = new ArrayList<>();
        Matcher m = pattern.matcher(serve.stderr());
        while (m.find()) {
            times.add(m.group(1));
        }
        return times;
    }
}
