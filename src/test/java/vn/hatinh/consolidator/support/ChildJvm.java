package vn.hatinh.consolidator.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import vn.hatinh.consolidator.cli.Main;

/**
 * Runs the real command line in a JVM of its own, as an operator or systemd would: its own process, exit code,
 * standard output and error (to files, so a long run never blocks on a full pipe), signals.
 */
public final class ChildJvm {

    private final Process process;
    private final Path out;
    private final Path err;

    private ChildJvm(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    public static ChildJvm start(Path logDir, String name, Map<String, String> env, List<String> jvmArgs,
            String... args) throws IOException {
        return start(logDir, name, null, env, jvmArgs, args);
    }

    /** {@code workingDir} null: this JVM's. */
    public static ChildJvm start(Path logDir, String name, Path workingDir, Map<String, String> env,
            List<String> jvmArgs, String... args) throws IOException {
        Files.createDirectories(logDir);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.addAll(jvmArgs);
        command.add("-cp");
        // absolute entries, so that a child started in another directory finds them
        command.add(java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(e -> Path.of(e).toAbsolutePath().toString())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator)));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        if (workingDir != null) {
            builder.directory(workingDir.toFile());
        }
        builder.environment().put("LANG", "C.UTF-8");
        builder.environment().putAll(env);
        Path out = logDir.resolve(name + ".out").toAbsolutePath();
        Path err = logDir.resolve(name + ".err").toAbsolutePath();
        builder.redirectOutput(out.toFile());
        builder.redirectError(err.toFile());
        return new ChildJvm(builder.start(), out, err);
    }

    public static ChildJvm start(Path logDir, String name, String... args) throws IOException {
        return start(logDir, name, Map.of(), List.of(), args);
    }

    /** Runs to the end (at most {@code seconds}) and returns the exit code. */
    public int await(int seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("still running after " + seconds + " s; stderr: " + stderr());
        }
        return process.exitValue();
    }

    public Process process() {
        return process;
    }

    public long pid() {
        return process.pid();
    }

    public String stdout() {
        return read(out);
    }

    public String stderr() {
        return read(err);
    }

    /** Sends a POSIX signal, as systemd or an operator would. */
    public void signal(String name) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start().waitFor();
    }

    public void kill() {
        process.destroyForcibly();
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "<" + e.getMessage() + ">";
        }
    }
}
