package vn.hatinh.consolidator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.hatinh.consolidator.store.DataDirLock;
import vn.hatinh.consolidator.store.EmbeddedMariaDb;
import vn.hatinh.consolidator.store.StoreSettings;

/**
 * A server whose user has a password, reached with the password from each source: the command works, and the
 * password appears nowhere in what it prints or logs, debug logs included, and not when the password is wrong either.
 */
class DatabasePasswordIntegrationTests {

    static final String PASSWORD = "Pw-9d1e!Bí mật";
    static final String USER = "pwtester";
    static final Path WORK = Path.of("target", "functional", "password-" + System.nanoTime()).toAbsolutePath();
    static String url;

    private record Outcome(int exit, String out, String err) {
        String all() {
            return out + err;
        }
    }

    static DataDirLock lock;
    static EmbeddedMariaDb server;

    /**
     * A server of its own: the embedded server runs without grant tables (any password is accepted), and turning them
     * on locks root out, which the shared test server cannot afford.
     */
    @BeforeAll
    static void aServerWhoseUserHasAPassword() throws Exception {
        Files.createDirectories(WORK);
        lock = DataDirLock.acquire(WORK.resolve("server"), Duration.ofSeconds(5));
        server = EmbeddedMariaDb.start(WORK.resolve("server"));
        url = server.jdbcUrl();
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(""), "root", "")) {
            c.createStatement().execute("FLUSH PRIVILEGES"); // loads the grant tables: passwords are checked from now
            for (String host : new String[] {"localhost", "127.0.0.1"}) {
                // an anonymous ''@localhost would otherwise take the connection before 'pwtester'@'%'
                c.createStatement().execute("CREATE USER '" + USER + "'@'" + host + "' IDENTIFIED BY '" + PASSWORD + "'");
                c.createStatement().execute("GRANT ALL ON `" + StoreSettings.DATABASE + "`.* TO '" + USER + "'@'" + host
                        + "'");
            }
        }
    }

    @AfterAll
    static void stopServer() {
        server.close();
        lock.close();
    }

    private static Path passwordFile(String name, String content) throws Exception {
        Path file = WORK.resolve(name);
        Files.writeString(file, content + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    private static Outcome run(String... args) {
        vn.hatinh.consolidator.support.CapturedRun.Result r = vn.hatinh.consolidator.support.CapturedRun.run(args);
        return new Outcome(r.exit(), r.out(), r.err());
    }

    private static List<String> export(String name, String... passwordArgs) {
        List<String> args = new ArrayList<>(List.of("export", "submissions", "--out",
                WORK.resolve(name + ".csv").toString(), "--db-url", url, "--db-user", USER, "--jobs-dir", "jobs",
                "--data-dir", WORK.resolve("unused").toString(), "--debug"));
        args.addAll(List.of(passwordArgs));
        return args;
    }

    @Test
    void thePasswordFileConnectsAndThePasswordIsNeverPrinted() throws Exception {
        Path file = passwordFile("good", PASSWORD);
        Outcome o = run(export("from-file", "--db-password-file", file.toString()).toArray(String[]::new));
        assertThat(o.exit()).as(o.err()).isZero();
        assertThat(o.out()).contains("Đã ghi 0 tệp");
        assertThat(o.all()).doesNotContain(PASSWORD).doesNotContain("Cảnh báo");
    }

    @Test
    void aWrongPasswordFailsWithoutPrintingIt() throws Exception {
        String wrong = "Sai-mat-khau-42";
        Path file = passwordFile("wrong", wrong);
        Outcome o = run(export("wrong", "--db-password-file", file.toString()).toArray(String[]::new));
        assertThat(o.exit()).isEqualTo(1);
        assertThat(o.err()).contains("Không thực hiện được");
        assertThat(o.all()).doesNotContain(wrong).doesNotContain(PASSWORD);
    }

    @Test
    void aPasswordFileOthersCanReadIsRefusedBeforeConnecting() throws Exception {
        Path file = passwordFile("open", PASSWORD);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Outcome o = run(export("open", "--db-password-file", file.toString()).toArray(String[]::new));
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).contains("chmod 600");
        assertThat(o.all()).doesNotContain(PASSWORD);
        assertThat(WORK.resolve("open.csv")).doesNotExist();
    }

    @Test
    void theOldOptionStillConnectsButWarns() {
        Outcome o = run(export("option", "--db-password", PASSWORD).toArray(String[]::new));
        assertThat(o.exit()).as(o.err()).isZero();
        assertThat(o.err()).contains("Cảnh báo: mật khẩu ghi trên dòng lệnh (--db-password)");
        assertThat(o.all()).doesNotContain(PASSWORD);
    }

    @Test
    void theEnvironmentVariableConnectsInAFreshProcess() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(export("from-env"));
        Path out = WORK.resolve("env.out");
        Path err = WORK.resolve("env.err");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put(DatabasePassword.ENVIRONMENT_VARIABLE, PASSWORD);
        Process p = pb.start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String printed = Files.readString(out, StandardCharsets.UTF_8) + Files.readString(err, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(printed).isZero();
        assertThat(printed).contains("Đã ghi 0 tệp").doesNotContain(PASSWORD);
    }
}
