package vn.hatinh.consolidator.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A file seen in an inbox, as the store records it. */
public record Submission(long id, String inbox, String path, Long sizeBytes, LocalDateTime modifiedAt, String sha256,
                         String unit, SubmissionStatus status, String reason, Long duplicateOf, Long supersededBy,
                         LocalDate periodFrom, LocalDate periodTo, String periodLabel, LocalDate preparedOn,
                         int rowsAccepted, int rowsRejected, boolean archived, String archivedPath,
                         String feedbackPath) {

    public String fileName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
