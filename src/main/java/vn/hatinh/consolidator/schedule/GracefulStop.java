package vn.hatinh.consolidator.schedule;

import java.util.Set;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Stops the service cleanly on SIGTERM: running executions are asked to stop, so each step ends after the chunk
 * (the file) it is on and is left STOPPED and restartable; then the scheduler waits for its threads to return.
 */
@Component
public class GracefulStop {

    private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);

    private final JobRepository jobRepository;
    private final Scheduler scheduler;

    public GracefulStop(JobRepository jobRepository, Scheduler scheduler) {
        this.jobRepository = jobRepository;
        this.scheduler = scheduler;
    }

    /**
     * Marks the execution STOPPING in the repository; its step sees that at its next chunk boundary (the
     * repository synchronises the job's status and version on every step update) and ends STOPPED, restartable.
     * Not {@code JobOperator.stop}: in Batch 6 it also rewrites the running step execution, whose thread then fails
     * with an OptimisticLockingFailureException and leaves the execution UNKNOWN (spring-batch #5120, #5308).
     */
    private void requestStop(long executionId, String job) {
        for (int attempt = 1; attempt <= 3; attempt++) {
            JobExecution current = jobRepository.getJobExecution(executionId);
            if (current == null || !current.isRunning()) {
                return;
            }
            try {
                log.info("Stopping execution {} of {} at the end of its current chunk", executionId, job);
                current.setStatus(BatchStatus.STOPPING);
                jobRepository.update(current);
                return;
            } catch (OptimisticLockingFailureException raced) {
                // the job thread updated it at the same moment: read it again
            }
        }
        log.warn("Could not mark execution {} of {} as stopping", executionId, job);
    }

    public void stop() {
        for (String job : jobRepository.getJobNames()) {
            Set<JobExecution> running = jobRepository.findRunningJobExecutions(job);
            for (JobExecution e : running) {
                requestStop(e.getId(), job);
            }
        }
        try {
            scheduler.shutdown(true);
        } catch (SchedulerException e) {
            log.warn("The scheduler did not shut down cleanly: {}", e.getMessage());
        }
    }
}
