package vn.hatinh.consolidator.cli;

import picocli.CommandLine;

/** The executable: {@code java -jar target/consolidator.jar <command> [options]}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command and returns its exit code: 0 success, 1 failure, 2 bad arguments. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new RootCommand());
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
            commandLine.getErr().println("Failed: " + (cause.getMessage() == null ? cause.toString() : cause.getMessage()));
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
