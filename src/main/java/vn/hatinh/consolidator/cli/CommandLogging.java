package vn.hatinh.consolidator.cli;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The logging of every command, set in code: logs go to standard error (the printed summary goes to standard output),
 * in UTF-8 whatever the locale (cron and systemd often have none), our own messages from INFO and the libraries' from
 * WARN. Logback finds this class through {@code META-INF/services} before it would look for an XML file; reading one
 * with its Joran interpreter cost about a third of a second of every command's start, {@code --help} included.
 * Contexts that Spring Boot's logging system manages (tests) get the same levels from application.properties.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class CommandLogging extends ContextAwareBase implements Configurator {

    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{0} - %msg%n";

    private static final Map<String, Level> LEVELS = Map.of(
            "vn.hatinh.consolidator", Level.INFO,
            "ch.vorburger", Level.WARN,
            "org.apache.poi", Level.ERROR,
            // a context that cannot start is told in one sentence by the command; --debug prints the trace
            "org.springframework.boot.SpringApplication", Level.OFF,
            "org.springframework.context.annotation.AnnotationConfigApplicationContext", Level.ERROR);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
