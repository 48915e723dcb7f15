package vn.hatinh.consolidator.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import vn.hatinh.consolidator.ConsolidatorApplication;
import vn.hatinh.consolidator.store.ServedStore;
import vn.hatinh.consolidator.store.StoreSettings;
import vn.hatinh.consolidator.store.StoreStartup;

/**
 * The store and the Spring context for one command: the store ({@link StoreAccess}), then the application context on
 * top of it. Closed in reverse order.
 * <p>
 * The embedded server starts while the context is being built (see {@link StoreStartup}). A command that only reads
 * needs no context at all ({@link ReadingSession}).
 */
final class StoreSession implements AutoCloseable {

    private final StoreAccess store;
    private final ConfigurableApplicationContext context;
    private boolean published;

    private StoreSession(StoreAccess store, ConfigurableApplicationContext context) {
        this.store = store;
        this.context = context;
    }

    /** Lets other commands use this session's embedded server while it runs (serve); withdrawn on close. */
    void publishServer() {
        store.startup().server().ifPresent(server -> {
            ServedStore.publish(store.settings().dataDir(), server.port());
            published = true;
        });
    }

    static StoreSession open(GlobalOptions options, Map<String, Object> extraProperties) {
        Path operatorDir = options.operatorDir();
        StoreAccess store = StoreAccess.open(options);
        try {
            StoreSettings settings = store.settings();
            String url = store.url();
            StoreStartup startup = store.startup();
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("spring.datasource.url", url);
            properties.put("spring.datasource.username", settings.user());
            properties.put("spring.datasource.password", settings.password() == null ? "" : settings.password());
            // StoreStartup brought the schema up to date, calling Flyway only if it was behind
            properties.put("spring.flyway.enabled", "false");
            if (operatorDir != null) {
                properties.put("consolidator.jobs-dir", operatorDir.toString());
            }
            properties.put("consolidator.archive-dir", store.archiveDir().toString());
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
            application.addInitializers(context -> context.getBeanFactory().addBeanPostProcessor(new AwaitStore(startup)));
            ConfigurableApplicationContext context;
            try {
                context = application.run();
            } catch (RuntimeException e) {
                // the store's own failure says what is wrong in the operator's words, not the bean that needed it
                throw startup.failure().orElse(e);
            }
            startup.awaitReady();
            return new StoreSession(store, context);
        } catch (RuntimeException e) {
            store.close();
            throw e;
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
            ServedStore.withdraw(store.settings().dataDir());
        }
        try {
            context.close();
        } finally {
            store.close();
        }
    }
}
