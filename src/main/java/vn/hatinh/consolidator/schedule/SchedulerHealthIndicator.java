package vn.hatinh.consolidator.schedule;

import org.quartz.Scheduler;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Health of the scheduler for the actuator: up while it runs and is not in stand-by. */
@Component("scheduler")
public class SchedulerHealthIndicator extends AbstractHealthIndicator {

    private final Scheduler scheduler;

    public SchedulerHealthIndicator(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        boolean running = scheduler.isStarted() && !scheduler.isInStandbyMode() && !scheduler.isShutdown();
        (running ? builder.up() : builder.down())
                .withDetail("instance", scheduler.getSchedulerInstanceId())
                .withDetail("clustered", scheduler.getMetaData().isJobStoreClustered())
                .withDetail("jobsExecuted", scheduler.getMetaData().getNumberOfJobsExecuted());
    }
}
