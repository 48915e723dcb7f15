package vn.hatinh.consolidator.schedule;

import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.stereotype.Component;

import vn.hatinh.consolidator.ConsolidatorProperties;

/**
 * Makes the Quartz store match the files in jobs/schedules: each file becomes a job and its cron trigger (replaced
 * if the file changed), and schedules whose file is gone are removed. Runs at every start of the scheduler.
 */
@Component
public class ScheduleRegistrar {

    public static final String GROUP = "consolidator";
    static final String JOB_KEY = "consolidator.job";
    static final String ZONE_KEY = "consolidator.zone";

    private static final String LOCK = "consolidator.schedules";
    private static final int LOCK_WAIT_SECONDS = 60;

    private final Scheduler scheduler;
    private final ConsolidatorProperties properties;
    private final javax.sql.DataSource dataSource;

    public ScheduleRegistrar(Scheduler scheduler, ConsolidatorProperties properties, javax.sql.DataSource dataSource) {
        this.scheduler = scheduler;
        this.properties = properties;
        this.dataSource = dataSource;
    }

    public record Registered(ScheduleDefinition definition, Date nextFireTime) {
    }

    /**
     * Registers under a named MariaDB lock: instances sharing one server that start together would otherwise read
     * a trigger while another replaces it (Quartz deletes and re-inserts), and fail to start.
     */
    public List<Registered> register() throws SchedulerException {
        try (java.sql.Connection c = dataSource.getConnection()) {
            try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT GET_LOCK(?, ?)")) {
                ps.setString(1, LOCK);
                ps.setInt(2, LOCK_WAIT_SECONDS);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || rs.getInt(1) != 1) {
                        throw new SchedulerException("Không đăng ký được các lịch: một tiến trình khác giữ khóa lịch quá "
                                + LOCK_WAIT_SECONDS + " giây.");
                    }
                }
            }
            try {
                return registerLocked();
            } finally {
                try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                    ps.setString(1, LOCK);
                    ps.execute();
                }
            }
        } catch (java.sql.SQLException e) {
            throw new SchedulerException("Không đăng ký được các lịch: " + e.getMessage(), e);
        }
    }

    private List<Registered> registerLocked() throws SchedulerException {
        List<ScheduleDefinition> definitions = ScheduleFiles.load(properties.files());
        Set<String> names = new HashSet<>();
        for (ScheduleDefinition d : definitions) {
            names.add(d.name());
            JobDetail job = JobBuilder.newJob(LaunchJob.class).withIdentity(d.name(), GROUP)
                    .withDescription(d.description()).usingJobData(JOB_KEY, d.job())
                    .usingJobData(ZONE_KEY, d.timeZone().getId())
                    // ingest and backup catch up once; a report catches up once per missed period
                    .usingJobData("coalesce", Boolean.toString(d.job().equals("ingest") || d.job().equals("backup")))
                    .storeDurably().requestRecovery(true).build();
            d.parameters().forEach((k, v) -> job.getJobDataMap().put(k, v));
            Trigger trigger = TriggerBuilder.newTrigger().withIdentity(d.name(), GROUP).forJob(job)
                    .withSchedule(CronScheduleBuilder.cronSchedule(d.cron())
                            .inTimeZone(TimeZone.getTimeZone(d.timeZone()))
                            // missed firings keep their scheduled time, so a report knows its period
                            .withMisfireHandlingInstructionIgnoreMisfires())
                    .build();
            Trigger existing = scheduler.getTrigger(TriggerKey.triggerKey(d.name(), GROUP));
            if (existing == null || changed(existing, trigger, scheduler.getJobDetail(job.getKey()), job)) {
                scheduler.scheduleJob(job, Set.of(trigger), true);
            }
        }
        for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
            if (!names.contains(key.getName())) {
                scheduler.deleteJob(key);
            }
        }
        return definitions.stream().map(d -> new Registered(d, nextFire(d.name()))).toList();
    }

    private Date nextFire(String name) {
        try {
            Trigger t = scheduler.getTrigger(TriggerKey.triggerKey(name, GROUP));
            return t == null ? null : t.getNextFireTime();
        } catch (SchedulerException e) {
            return null;
        }
    }

    /** An unchanged schedule keeps its trigger, so missed firings during downtime are not forgotten. */
    private static boolean changed(Trigger existing, Trigger wanted, JobDetail existingJob, JobDetail wantedJob) {
        if (!(existing instanceof org.quartz.CronTrigger a) || !(wanted instanceof org.quartz.CronTrigger b)) {
            return true;
        }
        return !a.getCronExpression().equals(b.getCronExpression())
                || !a.getTimeZone().getID().equals(b.getTimeZone().getID())
                || existingJob == null || !existingJob.getJobDataMap().equals(wantedJob.getJobDataMap());
    }
}
