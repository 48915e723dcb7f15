package vn.hatinh.consolidator.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;

/** The executable: {@code java -jar target/consolidator.jar <command> [options]}. */
public final class Main {

    private static final String BOOT_LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";

    private Main() {
    }

    public static void main(String[] args) {
        // Java 17 writes with the locale's charset, which is ASCII under cron or systemd without LANG: the Vietnamese
        // sentences would come out as question marks
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        // logging is set once, in code (CommandLogging); Spring Boot would reset it and configure logback a second
        // time, a few hundred milliseconds of every command's start
        if (System.getProperty(BOOT_LOGGING_SYSTEM) == null) {
            System.setProperty(BOOT_LOGGING_SYSTEM, "none");
        }
        System.exit(run(args));
    }

    /** Runs a command and returns its exit code: 0 success, 1 failure, 2 bad arguments. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new RootCommand());
        // picocli would otherwise encode with the locale's charset, whatever System.out and System.err do
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean debug = parseResult.hasMatchedOption("--debug");
            Throwable cause = e;
            while (cause.getCause() != null && (cause.getMessage() == null || cause instanceof org.springframework.beans.BeansException)) {
                cause = cause.getCause();
            }
            if (e instanceof IllegalArgumentException) {
                commandLine.getErr().println(e.getMessage());
                return 2;
            }
            commandLine.getErr().println("Không thực hiện được: " + (cause.getMessage() == null ? cause.toString() : cause.getMessage()));
            if (debug) {
                e.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        cli.setParameterExceptionHandler((e, args2) -> {
            e.getCommandLine().getErr().println(e.getMessage());
            return 2;
        });
        return cli.execute(args);
    }
}
