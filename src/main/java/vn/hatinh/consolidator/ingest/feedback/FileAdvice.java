package vn.hatinh.consolidator.ingest.feedback;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.hatinh.consolidator.ingest.Submission;
import vn.hatinh.consolidator.ingest.SubmissionStatus;
import vn.hatinh.consolidator.ingest.table.RowRejection;

/**
 * The "Cần làm" lines of one file's feedback: one per kind of rejection found in it, in the order the kinds are
 * listed, naming the columns concerned. Holds counts and column names only, so a million rows cost nothing.
 */
final class FileAdvice {

    /** The columns a reason names are the validator's own names; a cap keeps a line readable whatever happens. */
    private static final int MAX_SUBJECTS = 8;

    private record Tally(Set<String> subjects, int[] rows) {
    }

    private final Map<RowRejection, Tally> tallies = new EnumMap<>(RowRejection.class);

    void rejected(String reason) {
        RowRejection.Found found = RowRejection.classify(reason);
        Tally tally = tallies.computeIfAbsent(found.kind(), k -> new Tally(new LinkedHashSet<>(), new int[1]));
        tally.rows()[0]++;
        if (found.subject() != null && tally.subjects().size() < MAX_SUBJECTS) {
            tally.subjects().add(found.subject());
        }
    }

    List<String> lines(Submission s) {
        List<String> lines = new ArrayList<>();
        if (s.status() == SubmissionStatus.REJECTED) {
            lines.add("Sửa theo lý do ở dòng Trạng thái trên rồi gửi lại tệp.");
            return lines;
        }
        if (tallies.isEmpty()) {
            lines.add("Không cần làm gì thêm.");
            return lines;
        }
        tallies.forEach((kind, tally) -> lines.add(kind.advice(List.copyOf(tally.subjects()), tally.rows()[0])));
        lines.add("Sau khi sửa, gửi lại cả tệp cho cùng kỳ báo cáo với Ngày lập mới; các dòng bị từ chối được liệt kê"
                + " ở các trang sau, cột \"Trạng thái\".");
        return lines;
    }
}
