package vn.hatinh.consolidator.schedule;

import java.time.ZoneId;
import java.util.Map;

/**
 * One file of jobs/schedules: which job, when (a Quartz cron expression in the province's time zone) and with what.
 *
 * @param name the file name without extension; the Quartz job and trigger are named after it
 */
public record ScheduleDefinition(String name, String job, String cron, ZoneId timeZone, Map<String, String> parameters,
                                 String description) {

    public ScheduleDefinition {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }
}
