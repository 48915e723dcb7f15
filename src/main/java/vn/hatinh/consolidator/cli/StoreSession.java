package vn.hatinh.consolidator.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import vn.hatinh.consolidator.ConsolidatorApplication;
import vn.hatinh.consolidator.store.DataDirLock;
import vn.hatinh.consolidator.store.EmbeddedMariaDb;
import vn.hatinh.consolidator.store.StoreSettings;

/**
 * The store and the Spring context for one command: the data directory lock, the embedded server (unless --db-url),
 * then the application context on top of it. Closed in reverse order.
 */
final class StoreSession implements AutoCloseable {

    private final DataDirLock lock;
    private final EmbeddedMariaDb server;
    private final ConfigurableApplicationContext context;

    private StoreSession(DataDirLock lock, EmbeddedMariaDb server, ConfigurableApplicationContext context) {
        this.lock = lock;
        this.server = server;
        this.context = context;
    }

    static StoreSession open(GlobalOptions options, Map<String, Object> extraProperties) {
        StoreSettings settings = new StoreSettings(options.dataDir, options.dbUrl, options.dbUser, options.dbPassword());
        DataDirLock lock = null;
        EmbeddedMariaDb server = null;
        try {
            String url;
            if (settings.embedded()) {
                lock = DataDirLock.acquire(settings.dataDir(), Duration.ofSeconds(options.waitSeconds));
                server = EmbeddedMariaDb.start(settings.dataDir());
                url = server.jdbcUrl();
            } else {
                url = settings.url();
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("spring.datasource.url", url);
            properties.put("spring.datasource.username", settings.user());
            properties.put("spring.datasource.password", settings.password() == null ? "" : settings.password());
            properties.put("consolidator.jobs-dir", options.jobsDir.toAbsolutePath().toString());
            properties.put("consolidator.archive-dir",
                    settings.dataDir().toAbsolutePath().resolve("archive").toString());
            if (options.debug) {
                properties.put("logging.level.vn.hatinh.consolidator", "DEBUG");
            }
            properties.putAll(extraProperties);
            SpringApplication application = new SpringApplication(ConsolidatorApplication.class);
            application.setDefaultProperties(properties);
            ConfigurableApplicationContext context = application.run();
            return new StoreSession(lock, server, context);
        } catch (RuntimeException e) {
            if (server != null) {
                server.close();
            }
            if (lock != null) {
                lock.close();
            }
            throw e;
        }
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    static Path absolute(Path p) {
        return p.toAbsolutePath().normalize();
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            try {
                if (server != null) {
                    server.close();
                }
            } finally {
                if (lock != null) {
                    lock.close();
                }
            }
        }
    }
}
