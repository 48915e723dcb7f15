package vn.hatinh.consolidator.schedule;

import java.time.ZonedDateTime;
import java.util.Map;

/** A job the scheduler can start: its schedule's parameters and the time the trigger was meant to fire. */
public interface ScheduledLaunch {

    /** The name schedules use in their {@code job:} line ("ingest", "monthly-report", "term-report"). */
    String jobName();

    /**
     * Starts (or resumes) the job. {@code scheduledFireTime} is when the trigger was meant to fire, which after a
     * downtime is earlier than now: periods must be derived from it, never from the wall clock.
     */
    void launch(Map<String, String> parameters, ZonedDateTime scheduledFireTime) throws Exception;
}
