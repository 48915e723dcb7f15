package vn.hatinh.consolidator.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Map;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import vn.hatinh.consolidator.schedule.JobRunner;
import vn.hatinh.consolidator.schedule.ScheduledLaunch;

/**
 * Starts the ingest of a drop folder, or resumes the unfinished ingest of the same folder. The job instance is
 * identified by the inbox and the time of the scan.
 */
@Component
public class IngestLauncher implements ScheduledLaunch {

    private final JobRunner runner;
    private final Job ingestJob;

    public IngestLauncher(JobRunner runner, @Qualifier("ingestJob") Job ingestJob) {
        this.runner = runner;
        this.ingestJob = ingestJob;
    }

    public JobExecution run(Path inbox, int waitSeconds) throws Exception {
        return run(inbox, waitSeconds, false);
    }

    /** With {@code rebuild}, consolidation recomputes every block instead of the touched ones. */
    public JobExecution run(Path inbox, int waitSeconds, boolean rebuild) throws Exception {
        Path folder = inbox.toAbsolutePath().normalize();
        JobParameters parameters = new JobParametersBuilder()
                .addString("inbox", folder.toString())
                .addLocalDateTime("scanAt", LocalDateTime.now())
                .addString("rebuild", Boolean.toString(rebuild), false)
                .toJobParameters();
        return runner.startOrResume(ingestJob, parameters, java.util.List.of("inbox"), waitSeconds);
    }

    @Override
    public String jobName() {
        return "ingest";
    }

    @Override
    public void launch(Map<String, String> parameters, ZonedDateTime scheduledFireTime) throws Exception {
        Path inbox = Path.of(parameters.getOrDefault("inbox", "inbox"));
        if (!Files.isDirectory(inbox)) {
            throw new IllegalStateException("Thư mục nhận báo cáo " + inbox.toAbsolutePath()
                    + " không tồn tại hoặc không phải là thư mục.");
        }
        run(inbox, 600);
    }
}
