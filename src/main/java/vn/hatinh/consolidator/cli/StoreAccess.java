package vn.hatinh.consolidator.cli;

import java.time.Duration;
import java.util.Optional;

import vn.hatinh.consolidator.store.DataDirLock;
import vn.hatinh.consolidator.store.EmbeddedMariaDb;
import vn.hatinh.consolidator.store.ServedStore;
import vn.hatinh.consolidator.store.StoreSettings;
import vn.hatinh.consolidator.store.StoreStartup;
import vn.hatinh.consolidator.store.StoreUnavailableException;

/**
 * The store one command works on, whichever it is: the embedded server on the data directory (its lock held, the
 * server starting on a thread of its own), the server {@code serve} runs on that directory, or a server named with
 * --db-url. Shared by the commands that build a Spring context ({@link StoreSession}) and those that only read
 * ({@link ReadingSession}).
 */
final class StoreAccess implements AutoCloseable {

    private final StoreSettings settings;
    private final DataDirLock lock;
    private final StoreStartup startup;
    private final String url;

    private StoreAccess(StoreSettings settings, DataDirLock lock, StoreStartup startup, String url) {
        this.settings = settings;
        this.lock = lock;
        this.startup = startup;
        this.url = url;
    }

    static StoreAccess open(GlobalOptions options) {
        if (options.debug) {
            debugLogging();
        }
        StoreSettings settings = new StoreSettings(options.dataDir, options.dbUrl, options.dbUser, options.dbPassword());
        if (!settings.embedded()) {
            return new StoreAccess(settings, null,
                    StoreStartup.running(settings.url(), settings.user(), settings.password()), settings.url());
        }
        DataDirLock lock = DataDirLock.tryAcquire(settings.dataDir()).orElse(null);
        try {
            Optional<String> served = lock == null ? ServedStore.find(settings.dataDir()) : Optional.empty();
            if (served.isPresent()) {
                // serve holds the directory and runs its server: use that one, as a client like any other
                return new StoreAccess(settings, null,
                        StoreStartup.running(served.get(), settings.user(), settings.password()), served.get());
            }
            if (lock == null) {
                lock = DataDirLock.acquire(settings.dataDir(), Duration.ofSeconds(options.waitSeconds));
            }
            int port = freePort();
            return new StoreAccess(settings, lock,
                    StoreStartup.embedded(settings.dataDir(), port, settings.user(), settings.password()),
                    EmbeddedMariaDb.jdbcUrl(port));
        } catch (RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            throw e;
        }
    }

    StoreSettings settings() {
        return settings;
    }

    StoreStartup startup() {
        return startup;
    }

    /** Where processed files are archived with their feedback: beside the store's data. */
    java.nio.file.Path archiveDir() {
        return settings.dataDir().toAbsolutePath().resolve("archive");
    }

    /** The JDBC address of the store's database (without credentials). */
    String url() {
        return url;
    }

    /** Stops the embedded server (if this command started one) and releases the data directory. */
    @Override
    public void close() {
        try {
            startup.server().ifPresent(EmbeddedMariaDb::close);
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }

    /** --debug where Spring Boot does not manage logging (see {@link Main#main}): CommandLogging's level, lowered. */
    private static void debugLogging() {
        if (org.slf4j.LoggerFactory.getLogger("vn.hatinh.consolidator") instanceof ch.qos.logback.classic.Logger logger) {
            logger.setLevel(ch.qos.logback.classic.Level.DEBUG);
        }
    }

    private static int freePort() {
        try {
            return EmbeddedMariaDb.freePort();
        } catch (java.io.IOException e) {
            throw new StoreUnavailableException("Không tìm được cổng trống cho cơ sở dữ liệu nhúng: " + e.getMessage(), e);
        }
    }
}
