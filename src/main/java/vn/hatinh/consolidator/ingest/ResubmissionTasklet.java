package vn.hatinh.consolidator.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Step 3: of the files one unit sent for the same declared period, only the latest counts; the others become
 * SUPERSEDED (their rows stay for audit). "Latest" is by the date the workbook says it was prepared, then by file
 * modification time, then by ingestion order. Applied to the whole store, so a correction sent weeks later still
 * replaces the file accepted before.
 */
@Component
public class ResubmissionTasklet implements Tasklet {

    static final Comparator<Submission> LATEST_LAST = Comparator
            .comparing(Submission::preparedOn, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(Submission::modifiedAt, Comparator.nullsFirst(Comparator.<LocalDateTime>naturalOrder()))
            .thenComparingLong(Submission::id);

    private final SubmissionStore submissions;

    public ResubmissionTasklet(SubmissionStore submissions) {
        this.submissions = submissions;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<Submission> candidates = new ArrayList<>(submissions.withStatus(SubmissionStatus.LOADED));
        candidates.addAll(submissions.withStatus(SubmissionStatus.ACCEPTED));
        candidates.addAll(submissions.withStatus(SubmissionStatus.SUPERSEDED));
        Map<String, List<Submission>> byUnitAndPeriod = new LinkedHashMap<>();
        for (Submission s : candidates) {
            String key = s.periodFrom() == null ? "id:" + s.id() : s.unit() + "|" + s.periodFrom() + "|" + s.periodTo();
            byUnitAndPeriod.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
        }
        for (List<Submission> group : byUnitAndPeriod.values()) {
            group.sort(LATEST_LAST);
            Submission latest = group.get(group.size() - 1);
            if (latest.status() != SubmissionStatus.ACCEPTED) {
                submissions.markAccepted(latest.id());
            }
            for (Submission older : group.subList(0, group.size() - 1)) {
                if (older.status() != SubmissionStatus.SUPERSEDED || !Long.valueOf(latest.id()).equals(older.supersededBy())) {
                    submissions.markSuperseded(older.id(), latest.id(),
                            "Đã được thay thế bởi báo cáo gửi sau cho cùng kỳ: " + latest.path() + ".");
                }
            }
            contribution.incrementWriteCount(group.size());
        }
        return RepeatStatus.FINISHED;
    }
}
