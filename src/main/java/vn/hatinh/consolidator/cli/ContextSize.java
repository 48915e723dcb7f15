package vn.hatinh.consolidator.cli;

import java.util.List;
import java.util.Map;

/**
 * How much of the application a command starts. Building the whole context (Quartz, the actuator's health and metrics,
 * Spring Security, Thymeleaf, every job and its steps) costs seconds of class loading on a shared two-core machine,
 * while an export or a listing needs a DataSource and the few beans that query it.
 */
enum ContextSize {

    /** Everything: jobs, the scheduler, the console's beans (when serve asks for a web server). */
    FULL(Map.of()),

    /**
     * Commands that only read the store: beans are created when first asked for, and the auto-configurations no
     * reading command uses are left out. The console's own beans are conditional on a web application and stay out
     * anyway.
     */
    READING(Map.of(
            "spring.main.lazy-initialization", "true",
            "spring.autoconfigure.exclude", String.join(",", List.of(
                    // application.properties excludes it for every command; this list replaces that one
                    "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
                    "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
                    "org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration",
                    "org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration",
                    "org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration",
                    "org.springframework.boot.actuate.autoconfigure.endpoint.jackson.JacksonEndpointAutoConfiguration",
                    "org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointAutoConfiguration",
                    "org.springframework.boot.actuate.autoconfigure.info.InfoContributorAutoConfiguration",
                    "org.springframework.boot.actuate.autoconfigure.web.server.ManagementContextAutoConfiguration",
                    "org.springframework.boot.health.autoconfigure.actuate.endpoint.AvailabilityProbesAutoConfiguration",
                    "org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration",
                    "org.springframework.boot.health.autoconfigure.application.AvailabilityHealthContributorAutoConfiguration",
                    "org.springframework.boot.health.autoconfigure.application.DiskSpaceHealthContributorAutoConfiguration",
                    "org.springframework.boot.health.autoconfigure.application.SslHealthContributorAutoConfiguration",
                    "org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration",
                    "org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration",
                    "org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration",
                    "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
                    "org.springframework.boot.jdbc.autoconfigure.health.DataSourceHealthContributorAutoConfiguration",
                    "org.springframework.boot.jdbc.autoconfigure.metrics.DataSourcePoolMetricsAutoConfiguration",
                    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
                    "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
                    "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
                    "org.springframework.boot.micrometer.metrics.autoconfigure.jvm.JvmMetricsAutoConfiguration",
                    "org.springframework.boot.micrometer.metrics.autoconfigure.logging.logback.LogbackMetricsAutoConfiguration",
                    "org.springframework.boot.micrometer.metrics.autoconfigure.ssl.SslMetricsAutoConfiguration",
                    "org.springframework.boot.micrometer.metrics.autoconfigure.startup.StartupTimeMetricsListenerAutoConfiguration",
                    "org.springframework.boot.micrometer.metrics.autoconfigure.system.SystemMetricsAutoConfiguration",
                    "org.springframework.boot.micrometer.metrics.autoconfigure.task.TaskExecutorMetricsAutoConfiguration",
                    "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
                    "org.springframework.boot.micrometer.observation.autoconfigure.ScheduledTasksObservationAutoConfiguration",
                    "org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration",
                    "org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration",
                    "org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration",
                    "org.springframework.boot.autoconfigure.info.ProjectInfoAutoConfiguration",
                    "org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration"))));

    private final Map<String, Object> properties;

    ContextSize(Map<String, Object> properties) {
        this.properties = properties;
    }

    Map<String, Object> properties() {
        return properties;
    }
}
