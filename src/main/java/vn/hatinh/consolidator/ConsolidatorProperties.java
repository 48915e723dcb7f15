package vn.hatinh.consolidator;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings the operator may change without rebuilding.
 *
 * @param jobsDir    the operator's own files (schedules, report texts, reference data), each overriding the packaged
 *                   default of the same relative path; null: the defaults alone
 * @param archiveDir where processed files are copied, with their feedback workbooks beside them
 * @param settle     a file modified more recently than this is still being written and waits for the next run
 * @param feedbackFolder the subfolder of a unit's drop folder where its feedback workbooks are copied for the clerk;
 *                   never read as submissions
 */
@ConfigurationProperties("consolidator")
public record ConsolidatorProperties(Path jobsDir, Path archiveDir, Duration settle, String feedbackFolder) {

    public ConsolidatorProperties {
        archiveDir = archiveDir == null ? Path.of("data", "archive") : archiveDir;
        settle = settle == null ? Duration.ofSeconds(5) : settle;
        feedbackFolder = feedbackFolder == null || feedbackFolder.isBlank() ? "phan-hoi" : feedbackFolder.trim();
    }

    /** The operator's files, defaults included. */
    public OperatorFiles files() {
        return OperatorFiles.of(jobsDir);
    }

    /** The effective file at a path relative to the jobs folder, e.g. "reference/units.csv". */
    public Path operatorFile(String relative) {
        return files().file(relative);
    }
}
