package vn.hatinh.consolidator.cli;

import java.nio.file.Path;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import vn.hatinh.consolidator.ingest.IngestSummary;
import vn.hatinh.consolidator.ingest.SubmissionStatus;

/** The plain sentences printed after an ingest. */
final class IngestReport {

    private IngestReport() {
    }

    static String describe(Path inbox, JobExecution execution, IngestSummary.Figures f) {
        StringBuilder out = new StringBuilder();
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            out.append("Đã nhận xong thư mục ").append(inbox).append(" (lần chạy ").append(execution.getId())
                    .append(").\n");
        } else {
            String failed = execution.getStepExecutions().stream()
                    .filter(s -> s.getStatus() != BatchStatus.COMPLETED).map(s -> s.getStepName())
                    .collect(Collectors.joining(", "));
            out.append("Lần nhận thư mục ").append(inbox).append(" (lần chạy ").append(execution.getId())
                    .append(") dừng ở trạng thái ").append(execution.getStatus()).append(", bước ")
                    .append(failed.isEmpty() ? "?" : failed).append("; chạy lại đúng lệnh này, hoặc `jobs restart ")
                    .append(execution.getId()).append("`, để làm tiếp.\n");
            execution.getAllFailureExceptions().stream().findFirst()
                    .ifPresent(e -> out.append("Nguyên nhân: ").append(e.getMessage()).append('\n'));
        }
        if (f.resumed()) {
            out.append("Lần chạy này làm tiếp lần nhận bị gián đoạn trước đó (").append(f.executions())
                    .append(" lần chạy); số liệu dưới đây tính cho cả lần nhận.\n");
        }
        if (f.filesByStatus().values().stream().allMatch(n -> n == 0)) {
            out.append("Không có tệp mới kể từ lần chạy trước.\n");
        }
        out.append("Tệp: ").append(f.filesByStatus().entrySet().stream()
                .map(e -> e.getValue() + " " + SubmissionStatus.valueOf(e.getKey()).vietnamese().toLowerCase())
                .collect(Collectors.joining(", "))).append(".\n");
        out.append("Dòng số liệu: ").append(f.rowsAccepted()).append(" được nhận, ").append(f.rowsRejected())
                .append(" bị từ chối.\n");
        out.append("Bản ghi tổng hợp trong kho: ").append(f.records()).append(", trong đó ")
                .append(f.recordsWithConflicts()).append(" có nguồn ghi khác nhau; ").append(f.reviewPairs())
                .append(" cặp chờ rà soát.");
        return out.toString();
    }
}
