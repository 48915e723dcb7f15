package vn.hatinh.consolidator.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import vn.hatinh.consolidator.ConsolidatorApplication;
import vn.hatinh.consolidator.store.DataDirLock;
import vn.hatinh.consolidator.store.EmbeddedMariaDb;
import vn.hatinh.consolidator.store.ServedStore;
import vn.hatinh.consolidator.store.StoreSettings;

/**
 * The store and the Spring context for one command: the data directory lock, the embedded server (unless --db-url),
 * then the application context on top of it. Closed in reverse order.
 */
final class StoreSession implements AutoCloseable {

    private final DataDirLock lock;
    private final EmbeddedMariaDb server;
    private final ConfigurableApplicationContext context;
    private final Path dataDir;
    private boolean published;

    private StoreSession(DataDirLock lock, EmbeddedMariaDb server, ConfigurableApplicationContext context, Path dataDir) {
        this.lock = lock;
        this.server = server;
        this.context = context;
        this.dataDir = dataDir;
    }

    /** Lets other commands use this session's embedded server while it runs (serve); withdrawn on close. */
    void publishServer() {
        if (server != null) {
            ServedStore.publish(dataDir, server.port());
            published = true;
        }
    }

    static StoreSession open(GlobalOptions options, Map<String, Object> extraProperties) {
        StoreSettings settings = new StoreSettings(options.dataDir, options.dbUrl, options.dbUser, options.dbPassword());
        Path operatorDir = options.operatorDir();
        DataDirLock lock = null;
        EmbeddedMariaDb server = null;
        try {
            String url;
            if (settings.embedded()) {
                lock = DataDirLock.tryAcquire(settings.dataDir()).orElse(null);
                Optional<String> served = lock == null ? ServedStore.find(settings.dataDir()) : Optional.empty();
                if (served.isPresent()) {
                    // serve holds the directory and runs its server: use that one, as a client like any other
                    url = served.get();
                } else {
                    if (lock == null) {
                        lock = DataDirLock.acquire(settings.dataDir(), Duration.ofSeconds(options.waitSeconds));
                    }
                    server = EmbeddedMariaDb.start(settings.dataDir());
                    url = server.jdbcUrl();
                }
            } else {
                url = settings.url();
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("spring.datasource.url", url);
            properties.put("spring.datasource.username", settings.user());
            properties.put("spring.datasource.password", settings.password() == null ? "" : settings.password());
            if (operatorDir != null) {
                properties.put("consolidator.jobs-dir", operatorDir.toString());
            }
            properties.put("consolidator.archive-dir",
                    settings.dataDir().toAbsolutePath().resolve("archive").toString());
            properties.put("consolidator.report-dir",
                    settings.dataDir().toAbsolutePath().resolve("reports").toString());
            if (options.debug) {
                properties.put("logging.level.vn.hatinh.consolidator", "DEBUG");
            }
            properties.putAll(extraProperties);
            SpringApplication application = new SpringApplication(ConsolidatorApplication.class);
            // ahead of application.properties, and before Spring binds spring.main.* (the web application type): what a
            // command sets (serve's web server, the store's address) must win
            application.addListeners((org.springframework.context.ApplicationListener<
                    org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent>) event ->
                    event.getEnvironment().getPropertySources().addFirst(
                            new org.springframework.core.env.MapPropertySource("consolidator-command", properties)));
            ConfigurableApplicationContext context = application.run();
            return new StoreSession(lock, server, context, settings.dataDir());
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

    /** The port the web server listens on (serve with --port 0 gets a free one). */
    int localPort() {
        return context instanceof org.springframework.boot.web.server.context.WebServerApplicationContext web
                && web.getWebServer() != null ? web.getWebServer().getPort() : -1;
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
        if (published) {
            ServedStore.withdraw(dataDir);
        }
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
