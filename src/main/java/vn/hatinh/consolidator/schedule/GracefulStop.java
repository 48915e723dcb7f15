package vn.hatinh.consolidator.schedule;

import java.util.Set;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Stops the service cleanly on SIGTERM: running executions are asked to stop, so each step ends after the chunk
 * (the file) it is on and is left STOPPED and restartable; then the scheduler waits for its threads to return.
 */
@Component
public class GracefulStop {

    private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Scheduler scheduler;

    public GracefulStop(JobOperator jobOperator, JobRepository jobRepository, Scheduler scheduler) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.scheduler = scheduler;
    }

    public void stop() {
        for (String job : jobRepository.getJobNames()) {
            Set<JobExecution> running = jobRepository.findRunningJobExecutions(job);
            for (JobExecution e : running) {
                try {
                    log.info("Stopping execution {} of {} at the end of its current chunk", e.getId(), job);
                    jobOperator.stop(e);
                } catch (Exception ex) {
                    log.warn("Could not stop execution {}: {}", e.getId(), ex.getMessage());
                }
            }
        }
        try {
            scheduler.shutdown(true);
        } catch (SchedulerException e) {
            log.warn("The scheduler did not shut down cleanly: {}", e.getMessage());
        }
    }
}
