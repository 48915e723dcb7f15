package vn.hatinh.consolidator.schedule;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import vn.hatinh.consolidator.store.StoreBusyException;

/**
 * Starts a job, or resumes the unfinished execution of the same work (same inbox, same report period) left by a
 * failure or a crash. One job at a time runs against a store: a named MariaDB lock, held on its own connection
 * for the whole run, makes a second command wait and then refuse with a clear sentence.
 */
@Component
public class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
    private static final String LOCK = "consolidator.jobs";

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final DataSource dataSource;
    private final JobExecutionQueries executions;

    public JobRunner(JobOperator jobOperator, JobRepository jobRepository, DataSource dataSource,
                     JobExecutionQueries executions) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.dataSource = dataSource;
        this.executions = executions;
    }

    /**
     * Runs {@code job} with {@code parameters}, unless an unfinished execution of the same work exists (the same
     * values of the parameters named in {@code sameWork}): that one is restarted instead, from the step that did
     * not complete.
     */
    public JobExecution startOrResume(Job job, JobParameters parameters, Collection<String> sameWork,
                                      int waitSeconds) throws Exception {
        try (HeldLock lock = acquire(waitSeconds)) {
            Optional<Long> unfinished = executions.latestUnfinished(job.getName(), parameters, sameWork);
            if (unfinished.isPresent()) {
                JobExecution previous = jobRepository.getJobExecution(unfinished.get());
                if (previous.getStatus().isRunning()) {
                    // we hold the lock, so no live process runs it: its process died (kill -9, power loss)
                    log.warn("Execution {} was interrupted; marking it failed before resuming it", previous.getId());
                    previous = jobOperator.recover(previous);
                }
                log.info("Resuming execution {} of {}", previous.getId(), job.getName());
                return jobOperator.restart(previous);
            }
            return jobOperator.start(job, parameters);
        }
    }

    /** Restarts a failed or interrupted execution by id, from the step that did not complete. */
    public JobExecution restart(long executionId, int waitSeconds) throws Exception {
        try (HeldLock lock = acquire(waitSeconds)) {
            JobExecution execution = jobRepository.getJobExecution(executionId);
            if (execution == null) {
                throw new IllegalArgumentException("Không có lần chạy số " + executionId + ".");
            }
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                throw new IllegalArgumentException("Lần chạy " + executionId + " đã hoàn thành; không có gì để chạy lại.");
            }
            if (execution.getStatus().isRunning()) {
                execution = jobOperator.recover(execution);
            }
            return jobOperator.restart(execution);
        }
    }

    /** The named lock, released before its pooled connection goes back to the pool. */
    private record HeldLock(Connection connection) implements AutoCloseable {
        @Override
        public void close() throws SQLException {
            try (PreparedStatement ps = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                ps.setString(1, LOCK);
                ps.execute();
            } finally {
                connection.close();
            }
        }
    }

    private HeldLock acquire(int waitSeconds) throws SQLException {
        Connection c = dataSource.getConnection();
        try (PreparedStatement ps = c.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            ps.setString(1, LOCK);
            ps.setInt(2, Math.max(0, waitSeconds));
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getInt(1) == 1) {
                    return new HeldLock(c);
                }
            }
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        c.close();
        throw new StoreBusyException("Một công việc consolidator khác đang chạy trên cơ sở dữ liệu này; hãy chạy lại khi nó xong.");
    }
}
