package vn.hatinh.consolidator;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings the operator may change without rebuilding.
 *
 * @param jobsDir    operator-maintained files: schedules, report texts, reference data (jobs/reference/...)
 * @param archiveDir where processed files are copied, with their feedback workbooks beside them
 * @param settle     a file modified more recently than this is still being written and waits for the next run
 */
@ConfigurationProperties("consolidator")
public record ConsolidatorProperties(Path jobsDir, Path archiveDir, Duration settle) {

    public ConsolidatorProperties {
        jobsDir = jobsDir == null ? Path.of("jobs") : jobsDir;
        archiveDir = archiveDir == null ? Path.of("data", "archive") : archiveDir;
        settle = settle == null ? Duration.ofSeconds(5) : settle;
    }

    public Path referenceDir() {
        return jobsDir.resolve("reference");
    }
}
