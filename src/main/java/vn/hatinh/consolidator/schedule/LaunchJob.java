package vn.hatinh.consolidator.schedule;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/** The Quartz job behind every schedule: finds the named batch job and launches it for the scheduled time. */
@DisallowConcurrentExecution
public class LaunchJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(LaunchJob.class);

    @Autowired
    private List<ScheduledLaunch> launches;

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        Map<String, String> data = new HashMap<>();
        context.getMergedJobDataMap().forEach((k, v) -> data.put(k, String.valueOf(v)));
        String jobName = data.remove(ScheduleRegistrar.JOB_KEY);
        ZoneId zone = ZoneId.of(data.getOrDefault(ScheduleRegistrar.ZONE_KEY, ScheduleFiles.PROVINCE_ZONE.getId()));
        data.remove(ScheduleRegistrar.ZONE_KEY);
        ZonedDateTime scheduled = context.getScheduledFireTime().toInstant().atZone(zone);
        if (data.containsKey("coalesce") && Boolean.parseBoolean(data.remove("coalesce"))
                && context.getNextFireTime() != null && context.getNextFireTime().before(new java.util.Date())) {
            // catching up after downtime: a later missed firing follows at once, and one run covers them all
            log.info("Skipping the missed {} firing of {}; a later one follows", jobName, scheduled);
            return;
        }
        data.remove("coalesce");
        ScheduledLaunch launch = launches.stream().filter(l -> l.jobName().equals(jobName)).findFirst()
                .orElseThrow(() -> new JobExecutionException("No job named " + jobName));
        try {
            if (context.isRecovering()) {
                // the instance that began this firing died; Quartz hands it to a live one, which resumes the run
                log.info("Recovering {} for {}, interrupted on another instance", jobName, scheduled);
            } else {
                log.info("Scheduled {} for {}", jobName, scheduled);
            }
            launch.launch(data, scheduled);
        } catch (Exception e) {
            log.error("Scheduled {} for {} failed: {}", jobName, scheduled, e.getMessage());
            throw new JobExecutionException(e);
        }
    }
}
