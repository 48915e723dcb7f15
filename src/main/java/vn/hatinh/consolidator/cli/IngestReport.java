package vn.hatinh.consolidator.cli;

import java.nio.file.Path;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import vn.hatinh.consolidator.ingest.IngestSummary;

/** The plain sentences printed after an ingest. */
final class IngestReport {

    private IngestReport() {
    }

    static String describe(Path inbox, JobExecution execution, IngestSummary.Figures f) {
        StringBuilder out = new StringBuilder();
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            out.append("Ingest of ").append(inbox).append(" completed (execution ").append(execution.getId())
                    .append(").\n");
        } else {
            String failed = execution.getStepExecutions().stream()
                    .filter(s -> s.getStatus() != BatchStatus.COMPLETED).map(s -> s.getStepName())
                    .collect(Collectors.joining(", "));
            out.append("Ingest of ").append(inbox).append(" ended ").append(execution.getStatus())
                    .append(" in step ").append(failed.isEmpty() ? "?" : failed).append(" (execution ")
                    .append(execution.getId()).append("); run the same command again, or `jobs restart ")
                    .append(execution.getId()).append("`, to resume it.\n");
            execution.getAllFailureExceptions().stream().findFirst()
                    .ifPresent(e -> out.append("Cause: ").append(e.getMessage()).append('\n'));
        }
        if (f.filesByStatus().values().stream().allMatch(n -> n == 0)) {
            out.append("No new file since the last run.\n");
        }
        out.append("Files: ").append(f.filesByStatus().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().toLowerCase()).collect(Collectors.joining(", ")))
                .append(".\n");
        out.append("Rows: ").append(f.rowsAccepted()).append(" accepted, ").append(f.rowsRejected())
                .append(" rejected.\n");
        out.append("Consolidated records in the store: ").append(f.records()).append(", ")
                .append(f.recordsWithConflicts()).append(" with conflicting sources, ").append(f.reviewPairs())
                .append(" pairs to review.");
        return out.toString();
    }
}
