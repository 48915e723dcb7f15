package vn.hatinh.consolidator.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import vn.hatinh.consolidator.ConsolidatorApplication;
import vn.hatinh.consolidator.store.DataDirLock;
import vn.hatinh.consolidator.store.EmbeddedMariaDb;
import vn.hatinh.consolidator.store.ServedStore;
import vn.hatinh.consolidator.store.StoreSettings;
import vn.hatinh.consolidator.store.StoreStartup;
import vn.hatinh.consolidator.store.StoreUnavailableException;

/**
 * The store and the Spring context for one command: the data directory lock, the embedded server (unless --db-url),
 * then the application context on top of it. Closed in reverse order.
 * <p>
 * The embedded server starts while the context is being built (see {@link StoreStartup}); a command that only reads
 * gets the smaller context of {@link ContextSize#READING}.
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
        return open(options, extraProperties, ContextSize.FULL);
    }

    /** For commands that only read the store and print or write a file: the small, lazy context. */
    static StoreSession openForReading(GlobalOptions options) {
        return open(options, Map.of(), ContextSize.READING);
    }

    private static StoreSession open(GlobalOptions options, Map<String, Object> extraProperties, ContextSize size) {
        StoreSettings settings = new StoreSettings(options.dataDir, options.dbUrl, options.dbUser, options.dbPassword());
        Path operatorDir = options.operatorDir();
        DataDirLock lock = null;
        StoreStartup startup = null;
        try {
            String url;
            if (settings.embedded()) {
                lock = DataDirLock.tryAcquire(settings.dataDir()).orElse(null);
                Optional<String> served = lock == null ? ServedStore.find(settings.dataDir()) : Optional.empty();
                if (served.isPresent()) {
                    // serve holds the directory and runs its server: use that one, as a client like any other
                    url = served.get();
                    startup = StoreStartup.running(url, settings.user(), settings.password());
                } else {
                    if (lock == null) {
                        lock = DataDirLock.acquire(settings.dataDir(), Duration.ofSeconds(options.waitSeconds));
                    }
                    int port = freePort();
                    url = EmbeddedMariaDb.jdbcUrl(port);
                    startup = StoreStartup.embedded(settings.dataDir(), port, settings.user(), settings.password());
                }
            } else {
                url = settings.url();
                startup = StoreStartup.running(url, settings.user(), settings.password());
            }
            Map<String, Object> properties = new LinkedHashMap<>(size.properties());
            properties.put("spring.datasource.url", url);
            properties.put("spring.datasource.username", settings.user());
            properties.put("spring.datasource.password", settings.password() == null ? "" : settings.password());
            // StoreStartup brought the schema up to date, calling Flyway only if it was behind
            properties.put("spring.flyway.enabled", "false");
            if (operatorDir != null) {
                properties.put("consolidator.jobs-dir", operatorDir.toString());
            }
            properties.put("consolidator.archive-dir",
                    settings.dataDir().toAbsolutePath().resolve("archive").toString());
            properties.put("consolidator.report-dir",
                    settings.dataDir().toAbsolutePath().resolve("reports").toString());
            if (options.debug) {
                properties.put("logging.level.vn.hatinh.consolidator", "DEBUG");
                debugLogging();
            }
            properties.putAll(extraProperties);
            SpringApplication application = new SpringApplication(ConsolidatorApplication.class);
            // ahead of application.properties, and before Spring binds spring.main.* (the web application type): what a
            // command sets (serve's web server, the store's address) must win
            application.addListeners((org.springframework.context.ApplicationListener<
                    org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent>) event ->
                    event.getEnvironment().getPropertySources().addFirst(
                            new org.springframework.core.env.MapPropertySource("consolidator-command", properties)));
            StoreStartup store = startup;
            application.addInitializers(context -> context.getBeanFactory().addBeanPostProcessor(new AwaitStore(store)));
            ConfigurableApplicationContext context;
            try {
                context = application.run();
            } catch (RuntimeException e) {
                // the store's own failure says what is wrong in the operator's words, not the bean that needed it
                throw startup.failure().orElse(e);
            }
            startup.awaitReady();
            return new StoreSession(lock, startup.server().orElse(null), context, settings.dataDir());
        } catch (RuntimeException e) {
            if (startup != null) {
                startup.server().ifPresent(EmbeddedMariaDb::close);
            }
            if (lock != null) {
                lock.close();
            }
            throw e;
        }
    }

    /** --debug where Spring Boot does not manage logging (see {@link Main#main}): logback.xml's level, lowered. */
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

    /** Holds the first bean that would connect (the DataSource) until the store is ready. */
    private record AwaitStore(StoreStartup startup) implements BeanPostProcessor {
        @Override
        public Object postProcessBeforeInitialization(Object bean, String beanName) {
            if (bean instanceof DataSource) {
                startup.awaitReady();
            }
            return bean;
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
