package vn.hatinh.consolidator.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options every command accepts, before or after its own. */
public class GlobalOptions {

    @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Where the embedded database keeps its files and the archive (default ./data).")
    Path dataDir = Path.of("data");

    @Option(names = "--db-url", scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "Use an existing MariaDB server instead of the embedded one, e.g. jdbc:mariadb://host:3306/consolidator.")
    String dbUrl;

    @Option(names = "--db-user", scope = ScopeType.INHERIT, paramLabel = "U")
    String dbUser = "root";

    @Option(names = "--db-password", scope = ScopeType.INHERIT, paramLabel = "P")
    String dbPassword;

    @Option(names = "--db-password-file", scope = ScopeType.INHERIT, paramLabel = "FILE")
    Path dbPasswordFile;

    @Option(names = "--jobs-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Operator files: schedules, report texts, reference data (default ./jobs when present); "
                    + "each file there overrides the packaged default of the same path.")
    Path jobsDir;

    /** The operator's folder: --jobs-dir, else ./jobs when there is one, else null (the packaged defaults alone). */
    Path operatorDir() {
        if (jobsDir != null) {
            if (!java.nio.file.Files.isDirectory(jobsDir)) {
                throw new IllegalArgumentException("Không có thư mục " + jobsDir.toAbsolutePath().normalize()
                        + " (--jobs-dir).");
            }
            return jobsDir.toAbsolutePath().normalize();
        }
        Path local = Path.of("jobs");
        return java.nio.file.Files.isDirectory(local) ? local.toAbsolutePath().normalize() : null;
    }

    @Option(names = "--wait", scope = ScopeType.INHERIT, paramLabel = "SECONDS",
            description = "How long to wait for another running command to finish before giving up (default 60).")
    int waitSeconds = 60;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces and debug logs.")
    boolean debug;

    /** The server's password from the file, the option or the environment, in that order; see {@link DatabasePassword}. */
    String dbPassword() {
        DatabasePassword.refusePasswordInUrl(dbUrl);
        return DatabasePassword.resolve(dbPasswordFile, dbPassword, System.getenv(), System.err);
    }
}
