package vn.hatinh.consolidator.benchmark;

import static vn.hatinh.consolidator.support.WorkbookBuilder.row;
import static vn.hatinh.consolidator.support.WorkbookBuilder.workbook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import vn.hatinh.consolidator.support.InputSamples;

/**
 * How long a command takes from being typed to its answer, as an operator runs it: {@code java -jar
 * target/consolidator.jar ...} in a JVM of its own, no JVM option, on a small store (input-samples/ ingested).
 * Measured, not asserted: each command runs {@code -Dbenchmark.startupRuns} times (default 7) and the median, min and
 * max wall seconds are printed as a table for the README. For {@code ingest} with one new workbook it also reports
 * the time from the start of the process to the log line naming that workbook (its first file).
 * <p>
 * It measures the jar as built: {@code mvn -q -DskipTests package && mvn -Pbenchmark test -Dtest=StartupBenchmark}
 * ({@code mvn -Pbenchmark verify} runs it after packaging).
 */
class StartupBenchmark {

    /** {@code -Dbenchmark.jar=FILE} times another build (an older jar kept aside, for a before/after comparison). */
    static final Path JAR = Path.of(System.getProperty("benchmark.jar", "target/consolidator.jar")).toAbsolutePath();
    static final Path ROOT = Path.of("target", "benchmark", "startup").toAbsolutePath();

    @Test
    void measure() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(JAR) && (System.getProperty("benchmark.jar") != null
                        || Files.getLastModifiedTime(JAR).compareTo(
                                Files.getLastModifiedTime(Path.of("target", "classes").toAbsolutePath())) >= 0),
                "target/consolidator.jar is missing or older than target/classes: mvn -DskipTests package first");
        int runs = Integer.getInteger("benchmark.startupRuns", 7);
        Path work = ROOT.resolve(Long.toString(System.currentTimeMillis()));
        Path inbox = InputSamples.copyTo(work.resolve("inbox"));
        Path data = work.resolve("data");
        Files.createDirectories(work);

        StringBuilder table = new StringBuilder("""
                | command (small store: input-samples/ ingested) | runs | median s | min s | max s |
                |---|---|---|---|---|
                """);
        Timed first = run(work, "ingest", "--inbox", inbox.toString(), "--data-dir", data.toString(),
                "--settle-seconds", "0");
        first.requireSuccess();
        table.append(line("`ingest` of input-samples/ into a new store (whole job)", List.of(first.seconds())));

        measure(table, runs, "`--help`", work, "--help");
        measure(table, runs, "`export submissions --out FILE`", work, "export", "submissions", "--out",
                work.resolve("submissions.csv").toString(), "--data-dir", data.toString());
        measure(table, runs, "`export records --out FILE`", work, "export", "records", "--out",
                work.resolve("records.csv").toString(), "--data-dir", data.toString());
        measure(table, runs, "`review list`", work, "review", "list", "--data-dir", data.toString());
        measure(table, runs, "`jobs list`", work, "jobs", "list", "--data-dir", data.toString());

        List<Double> toFirstFile = new ArrayList<>();
        List<Double> whole = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            String name = "new-" + i + ".xlsx";
            Path file = inbox.resolve("SNGV").resolve(name);
            workbook().sheet("DoanVao",
                            row("Đơn vị báo cáo:", "Sở Ngoại vụ"), row("Kỳ báo cáo:", "Tháng 04/2024"), row(),
                            row("STT", "Tên đoàn", "Quốc gia", "Đối tác", "Ngày đến", "Ngày đi", "Số khách"),
                            row(1, "Đoàn benchmark " + i, "Lào", "Khăm Muộn", "0" + (i % 9 + 1) + "/04/2024",
                                    "1" + (i % 9) + "/04/2024", 3 + i))
                    .writeTo(file);
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
            Timed ingest = run(work, "ingest", "--inbox", inbox.toString(), "--data-dir", data.toString(),
                    "--settle-seconds", "0");
            ingest.requireSuccess();
            whole.add(ingest.seconds());
            ingest.secondsUntilLogLineWith(name).ifPresent(toFirstFile::add);
        }
        table.append(line("`ingest` of one new workbook (whole job)", whole));
        if (!toFirstFile.isEmpty()) {
            table.append(line("`ingest` of one new workbook: start to the log line naming it", toFirstFile));
        }
        System.out.println("\nStartup benchmark (" + Runtime.getRuntime().availableProcessors() + " processors, "
                + JAR.getFileName() + ", " + LocalDate.now() + ")\n\n" + table);
        Files.writeString(work.resolve("startup.md"), table, StandardCharsets.UTF_8);
    }

    private void measure(StringBuilder table, int runs, String label, Path work, String... args) throws Exception {
        List<Double> seconds = new ArrayList<>();
        run(work, args).requireSuccess(); // warm-up: the file system cache, never counted
        for (int i = 0; i < runs; i++) {
            Timed timed = run(work, args);
            timed.requireSuccess();
            seconds.add(timed.seconds());
        }
        table.append(line(label, seconds));
    }

    private static String line(String label, List<Double> seconds) {
        double[] sorted = seconds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        return String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f |%n", label, sorted.length, median,
                sorted[0], sorted[sorted.length - 1]);
    }

    private static int counter;

    private static Timed run(Path work, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(Arrays.asList(args));
        int n = ++counter;
        Path out = work.resolve("run-" + n + ".out");
        Path err = work.resolve("run-" + n + ".err");
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("LANG", "C.UTF-8");
        Instant startedAt = Instant.now();
        long started = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("still running after 10 minutes: " + command);
        }
        return new Timed(command, process.exitValue(), (System.nanoTime() - started) / 1e9, startedAt, err);
    }

    private record Timed(List<String> command, int exit, double seconds, Instant startedAt, Path err) {

        void requireSuccess() throws IOException {
            if (exit != 0) {
                throw new AssertionError(command + " exited " + exit + ": " + Files.readString(err));
            }
        }

        /** From the start to the first log line (HH:mm:ss.SSS first, as CommandLogging writes it) naming {@code text}. */
        java.util.Optional<Double> secondsUntilLogLineWith(String text) throws IOException {
            for (String line : Files.readAllLines(err, StandardCharsets.UTF_8)) {
                if (line.contains(text) && line.length() > 12 && line.charAt(2) == ':') {
                    LocalTime at = LocalTime.parse(line.substring(0, 12));
                    Instant logged = LocalDate.ofInstant(startedAt, ZoneId.systemDefault()).atTime(at)
                            .atZone(ZoneId.systemDefault()).toInstant();
                    return java.util.Optional.of(Duration.between(startedAt, logged).toMillis() / 1000.0);
                }
            }
            return java.util.Optional.empty();
        }
    }
}
