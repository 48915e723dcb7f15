package vn.hatinh.consolidator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.hatinh.consolidator.support.CapturedRun;
import vn.hatinh.consolidator.support.ChildJvm;
import vn.hatinh.consolidator.support.ExportedCsv;
import vn.hatinh.consolidator.support.StreamedDropFolder;

/**
 * kill -9 in the middle of one large workbook, then the same command again: the file is not read from its start but
 * from its last committed chunk (the read counts of the two executions of its partition add up to the file, and the
 * second is the smaller part), and the store equals that of an undisturbed run.
 */
class ResumeMidFileFunctionalTests {

    static final int ROWS = 100_000;
    static final Path WORK = Path.of("target", "functional", "resume-mid-file").toAbsolutePath();
    static final Pattern PROGRESS = Pattern.compile("Submission \\d+: (\\d+) rows read");
    static final Pattern READ = Pattern.compile("Đọc một nhóm tệp: [^,]+, đọc (\\d+), ghi (\\d+)");

    @Test
    void aFileKilledMidwayResumesFromItsLastChunkToTheSameStore() throws Exception {
        Path inbox = StreamedDropFolder.write(WORK.resolve("inbox"), ROWS, 1);
        Path crashed = WORK.resolve("crashed-" + System.nanoTime());
        ChildJvm child = ChildJvm.start(crashed, "ingest", "ingest", "--inbox", inbox.toString(),
                "--data-dir", crashed.toString(), "--jobs-dir", "jobs");
        long deadline = System.currentTimeMillis() + 300_000;
        int progress = 0;
        while (progress < 30_000 && child.process().isAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            Matcher m = PROGRESS.matcher(child.stderr());
            while (m.find()) {
                progress = Math.max(progress, Integer.parseInt(m.group(1)));
            }
        }
        assertThat(progress).as("the child got well into the file before the kill").isGreaterThanOrEqualTo(30_000);
        child.kill();
        child.process().waitFor();

        CapturedRun.Result rerun = CapturedRun.run("ingest", "--inbox", inbox.toString(), "--data-dir",
                crashed.toString(), "--jobs-dir", "jobs");
        assertThat(rerun.exit()).as(rerun.err()).isZero();
        assertThat(rerun.out()).contains(ROWS + " được nhận");

        long firstRead = partitionRead(crashed, 1);
        long resumedRead = partitionRead(crashed, 2);
        // items: the file's start, its rows, its end
        assertThat(firstRead + resumedRead).isEqualTo(ROWS + 2);
        assertThat(firstRead).as("chunks committed before the kill are kept").isGreaterThanOrEqualTo(20_000);
        assertThat(resumedRead).as("the rerun read only the rest of the file").isLessThan(ROWS - 20_000 + 2);

        Path clean = WORK.resolve("clean-" + System.nanoTime());
        assertThat(CapturedRun.run("ingest", "--inbox", inbox.toString(), "--data-dir", clean.toString(),
                "--jobs-dir", "jobs").exit()).isZero();
        for (String export : List.of("submissions", "rejections", "links", "records")) {
            Path a = crashed.resolve(export + ".csv");
            Path b = clean.resolve(export + ".csv");
            assertThat(CapturedRun.run("export", export, "--out", a.toString(), "--data-dir", crashed.toString(),
                    "--jobs-dir", "jobs").exit()).isZero();
            assertThat(CapturedRun.run("export", export, "--out", b.toString(), "--data-dir", clean.toString(),
                    "--jobs-dir", "jobs").exit()).isZero();
            assertThat(sorted(a)).as(export).isEqualTo(sorted(b));
        }
    }

    /** The read count of the file's partition in one execution, as `jobs show` prints it. */
    private static long partitionRead(Path dataDir, long executionId) {
        CapturedRun.Result shown = CapturedRun.run("jobs", "show", Long.toString(executionId), "--data-dir",
                dataDir.toString(), "--jobs-dir", "jobs");
        assertThat(shown.exit()).as(shown.err()).isZero();
        Matcher m = READ.matcher(shown.out());
        assertThat(m.find()).as(shown.out()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static List<String> sorted(Path file) throws Exception {
        return ExportedCsv.lines(file).stream().sorted().toList();
    }
}
