package vn.hatinh.consolidator.benchmark;

import static vn.hatinh.consolidator.support.WorkbookBuilder.row;
import static vn.hatinh.consolidator.support.WorkbookBuilder.workbook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import vn.hatinh.consolidator.support.WorkbookBuilder;

/**
 * The shape users have: a province's history as hundreds of small workbooks. Ingests
 * {@code ../shared/dev-data/dense-2019-2023/} (545 files, 9,700 rows) into a new store with the built jar, as an
 * operator types it ({@code java -jar target/consolidator.jar ingest ...}, JVM and embedded database start included),
 * then a second ingest after one new workbook arrives; prints the wall times and each step's duration (from
 * {@code jobs show}). Measured, not asserted. {@code -Dbenchmark.partitionSizes=1B,256KB} compares how the read step
 * groups small files (1B: one partition per file); {@code -Dbenchmark.denseRuns=3}.
 * <p>
 * {@code mvn -q -DskipTests package && mvn -Pbenchmark test -Dtest=DevFolderIngestBenchmark}
 */
class DevFolderIngestBenchmark {

    static final Path JAR = Path.of(System.getProperty("benchmark.jar", "target/consolidator.jar")).toAbsolutePath();
    static final Path DENSE = Path.of("..", "shared", "dev-data", "dense-2019-2023", "inbox").toAbsolutePath();
    static final Path ROOT = Path.of("target", "benchmark", "dev-folder").toAbsolutePath();

    @Test
    void measure() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(JAR), "target/consolidator.jar is missing: package first");
        Assumptions.assumeTrue(Files.isDirectory(DENSE), "../shared/dev-data/dense-2019-2023 is absent");
        int runs = Integer.getInteger("benchmark.denseRuns", 3);
        StringBuilder report = new StringBuilder();
        for (String size : System.getProperty("benchmark.partitionSizes", "256KB").split(",")) {
            List<Double> first = new ArrayList<>();
            List<Double> second = new ArrayList<>();
            String steps = "";
            for (int i = 0; i < runs; i++) {
                Path work = ROOT.resolve(size + "-" + System.nanoTime());
                Path inbox = work.resolve("inbox");
                copy(DENSE, inbox);
                Path data = work.resolve("data");
                first.add(timed(work, size, "ingest", "--inbox", inbox.toString(), "--data-dir", data.toString(),
                        "--settle-seconds", "0"));
                steps = run(work, size, "jobs", "show", "1", "--data-dir", data.toString());
                // last month's report: a folder of past submissions holds none yet, so the file counts and
                // consolidation sees its row (a month the folder holds would make it superseded by that month's
                // report, which has a prepared date); checked below rather than assumed
                YearMonth month = YearMonth.now().minusMonths(1);
                DateTimeFormatter dmy = DateTimeFormatter.ofPattern("dd/MM/yyyy");
                workbook().sheet("DoanVao", row("Đơn vị báo cáo:", "Sở Ngoại vụ"),
                                row("Kỳ báo cáo:", "Tháng " + month.format(DateTimeFormatter.ofPattern("MM/yyyy"))),
                                row(), row("STT", "Tên đoàn", "Quốc gia", "Đối tác", "Ngày đến", "Ngày đi", "Số khách"),
                                row(1, "Đoàn benchmark " + i, "Lào", "Khăm Muộn", month.atDay(5).format(dmy),
                                        month.atDay(7).format(dmy), 6))
                        .writeTo(inbox.resolve("SNGV/bao cao bo sung " + i + ".xlsx"));
                WorkbookBuilder.settle(inbox.resolve("SNGV/bao cao bo sung " + i + ".xlsx"));
                second.add(timed(work, size, "ingest", "--inbox", inbox.toString(), "--data-dir", data.toString(),
                        "--settle-seconds", "0"));
                String summary = Files.readString(work.resolve("out.txt"), StandardCharsets.UTF_8);
                if (!summary.contains("Tệp: 1 đã tiếp nhận") || !summary.contains("Dòng số liệu: 1 được nhận")) {
                    throw new IllegalStateException("the added workbook did not count, so the second ingest would not"
                            + " measure what it says: " + summary);
                }
                steps += run(work, size, "jobs", "show", "2", "--data-dir", data.toString());
            }
            report.append(String.format(Locale.ROOT, "partition size %s, %d runs: first ingest median %.1f s (%s), "
                            + "second ingest with one new file median %.1f s (%s)%nsteps of the last run:%n%s%n", size,
                    runs, median(first), first, median(second), second,
                    steps.lines().filter(l -> !l.contains("một nhóm")).reduce("", (a, b) -> a + b + "\n")));
        }
        System.out.println("\n" + report);
        Files.createDirectories(ROOT);
        Files.writeString(ROOT.resolve("results.txt"), report.toString());
    }

    private static double timed(Path work, String size, String... args) throws Exception {
        long start = System.nanoTime();
        run(work, size, args);
        return (System.nanoTime() - start) / 1e9;
    }

    private static String run(Path work, String partitionSize, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dconsolidator.ingest.partition-size=" + partitionSize, "-jar", JAR.toString()));
        Collections.addAll(command, args);
        Path out = work.resolve("out.txt");
        Process p = new ProcessBuilder(command).directory(work.toFile()).redirectOutput(out.toFile())
                .redirectError(work.resolve("err.txt").toFile()).start();
        if (!p.waitFor(600, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", args) + " failed: "
                    + Files.readString(work.resolve("err.txt"), StandardCharsets.UTF_8));
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
