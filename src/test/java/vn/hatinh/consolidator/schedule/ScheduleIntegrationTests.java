package vn.hatinh.consolidator.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hatinh.consolidator.ConsolidatorApplication;
import vn.hatinh.consolidator.support.TestDatabase;

/** Quartz in its JDBC store: the schedules of jobs/ are registered, and a missed monthly report reports its period. */
@SpringBootTest(classes = ConsolidatorApplication.class)
// the started scheduler must stop while its database still runs, not in a shutdown hook racing the server's
@org.springframework.test.annotation.DirtiesContext
class ScheduleIntegrationTests {

    static final Path OUT = Path.of("target", "schedule-" + System.nanoTime()).toAbsolutePath();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "schedule", OUT.resolve("archive"));
    }

    @Autowired
    ScheduleRegistrar registrar;

    @Autowired
    Scheduler scheduler;

    @Test
    void theSchedulesOfJobsAreRegisteredWithTheirNextFireTime() throws Exception {
        List<ScheduleRegistrar.Registered> registered = registrar.register();
        assertThat(registered).extracting(r -> r.definition().name())
                .contains("nightly-ingest", "monthly-report", "term-report");
        assertThat(scheduler.checkExists(TriggerKey.triggerKey("nightly-ingest", ScheduleRegistrar.GROUP))).isTrue();
        ScheduleRegistrar.Registered monthly = registered.stream()
                .filter(r -> r.definition().name().equals("monthly-report")).findFirst().orElseThrow();
        assertThat(monthly.nextFireTime().toInstant().atZone(ScheduleFiles.PROVINCE_ZONE).getDayOfMonth()).isEqualTo(26);
        assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
        assertThat(scheduler.getMetaData().getJobStoreClass().getSimpleName()).contains("LocalDataSourceJobStore");
    }

    @Test
    void aMonthlyReportMissedDuringDowntimeReportsThePeriodItWasMeantFor() throws Exception {
        // the trigger was meant to fire at 06:00 on 26/03/2024; the service was down then
        JobDetail job = JobBuilder.newJob(LaunchJob.class).withIdentity("missed-monthly", "test")
                .usingJobData("consolidator.job", "monthly-report").usingJobData("consolidator.zone", "Asia/Ho_Chi_Minh")
                .usingJobData("cutoffDay", "25").usingJobData("out", OUT.toString()).usingJobData("coalesce", "false")
                .storeDurably().build();
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity("missed-monthly", "test").forJob(job)
                .startAt(Date.from(Instant.parse("2024-03-01T00:00:00Z")))
                .withSchedule(CronScheduleBuilder.cronSchedule("0 0 6 26 3 ? 2024")
                        .inTimeZone(TimeZone.getTimeZone(ScheduleFiles.PROVINCE_ZONE))
                        .withMisfireHandlingInstructionIgnoreMisfires())
                .build();
        scheduler.scheduleJob(job, trigger);
        scheduler.start();
        Path figures = OUT.resolve("monthly/figures.json");
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!Files.exists(figures) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
        } finally {
            // the report's files appear before its Quartz job has finished, and a finished one-shot trigger is
            // removed by Quartz itself: deleteJob raced with that removal (it fails when a trigger it listed is
            // gone by the time it unschedules it). Wait for the job to end, then remove what is left.
            scheduler.standby();
            long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!scheduler.getCurrentlyExecutingJobs().isEmpty() && System.nanoTime() < until) {
                Thread.sleep(100);
            }
            scheduler.unscheduleJob(TriggerKey.triggerKey("missed-monthly", "test"));
            scheduler.deleteJob(JobKey.jobKey("missed-monthly", "test"));
        }
        JsonNode json = JsonMapper.builder().build().readTree(figures.toFile());
        assertThat(json.get("period").get("from").asString()).isEqualTo("2024-02-25");
        assertThat(json.get("period").get("to").asString()).isEqualTo("2024-03-25");
    }
}
