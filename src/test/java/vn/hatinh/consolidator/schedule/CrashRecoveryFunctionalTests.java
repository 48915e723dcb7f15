package vn.hatinh.consolidator.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.hatinh.consolidator.cli.Main;
import vn.hatinh.consolidator.support.LargeDropFolder;
import vn.hatinh.consolidator.support.ExportedCsv;

/**
 * kill -9 in the middle of an ingest, then the same command again: the store must equal that of an uninterrupted
 * run (same file statuses, same rows, same records and links).
 */
class CrashRecoveryFunctionalTests {

    static final Path WORK = Path.of("target", "functional", "crash-" + System.nanoTime()).toAbsolutePath();
    static final Path INBOX = WORK.resolve("inbox");
    static final int FILES = 24;

    @BeforeAll
    static void largeDropFolder() throws Exception {
        LargeDropFolder.write(INBOX, FILES, 1500);
    }

    @Test
    void aKilledIngestResumesToTheSameStoreAsAnUninterruptedOne() throws Exception {
        Path crashed = WORK.resolve("crashed");
        Process child = childIngest(crashed);
        int loaded = 0;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = err.readLine()) != null; ) {
                if (line.contains("rows accepted") && ++loaded == 4) {
                    break;
                }
            }
            assertThat(loaded).as("the child ingest got to its fourth file").isEqualTo(4);
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(run(crashed, "ingest", "--inbox", INBOX.toString())).as("the rerun completes").isZero();
        assertThat(run(crashed, "jobs", "failed")).isZero();

        Path clean = WORK.resolve("clean");
        assertThat(run(clean, "ingest", "--inbox", INBOX.toString())).isZero();

        for (String export : List.of("submissions", "rejections", "links", "records")) {
            Path a = crashed.resolve(export + ".csv");
            Path b = clean.resolve(export + ".csv");
            assertThat(run(crashed, "export", export, "--out", a.toString())).isZero();
            assertThat(run(clean, "export", export, "--out", b.toString())).isZero();
            assertThat(sortedLines(a)).as(export).isEqualTo(sortedLines(b));
        }
        assertThat(sortedLines(crashed.resolve("submissions.csv"))).hasSize(FILES + 1);
    }

    private static Process childIngest(Path dataDir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "ingest", "--inbox", INBOX.toString(), "--data-dir", dataDir.toString(),
                "--jobs-dir", Path.of("jobs").toAbsolutePath().toString());
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return pb.start();
    }

    private static int run(Path dataDir, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dataDir.toString(), "--jobs-dir", "jobs"));
        return Main.run(all.toArray(String[]::new));
    }

    private static List<String> sortedLines(Path file) throws Exception {
        return ExportedCsv.lines(file).stream().sorted().toList();
    }
}
