package vn.hatinh.consolidator.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import vn.hatinh.consolidator.ingest.workbook.WorkbookRejectedException;
import vn.hatinh.consolidator.pipe.Pipe;
import vn.hatinh.consolidator.reference.ReferenceData;
import vn.hatinh.consolidator.reference.Unit;

/**
 * Step 2: reads one PENDING file per call, in one transaction: its rows are stored and the file becomes LOADED, or
 * it becomes REJECTED with a reason. A crash mid-file rolls the file back to PENDING, so a restart reads it again
 * and nothing is stored twice. One bad file never stops the loop.
 */
@Component
public class WorkbookLoadTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(WorkbookLoadTasklet.class);
    static final String NO_UNIT = "Không xác định được đơn vị báo cáo: đề nghị đặt tệp vào thư mục của đơn vị "
            + "hoặc ghi dòng \"Đơn vị báo cáo: …\" trong tệp.";
    static final String UNEXPECTED = "Tệp bị hỏng hoặc có cấu trúc không đọc được; đề nghị mở bằng Excel, lưu lại "
            + "dưới dạng .xlsx và gửi lại.";

    private final SubmissionStore submissions;
    private final SourceRowStore rows;
    private final SubmissionReader reader;
    private final ReferenceData reference;

    public WorkbookLoadTasklet(SubmissionStore submissions, SourceRowStore rows, SubmissionReader reader,
                               ReferenceData reference) {
        this.submissions = submissions;
        this.rows = rows;
        this.reader = reader;
        this.reference = reference;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Optional<Submission> next = submissions.firstWithStatus(SubmissionStatus.PENDING);
        if (next.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        Submission submission = next.get();
        load(submission);
        contribution.incrementReadCount();
        contribution.incrementWriteCount(1);
        return RepeatStatus.CONTINUABLE;
    }

    private void load(Submission submission) {
        Path file = Path.of(submission.inbox()).resolve(submission.path());
        rows.deleteForSubmission(submission.id());
        int[] counts = new int[2];
        try {
            if (!Files.exists(file)) {
                submissions.markRejected(submission.id(), null,
                        "Tệp đã bị xóa hoặc di chuyển khỏi thư mục trước khi được đọc; đề nghị gửi lại.");
                return;
            }
            WorkbookReading reading;
            try (SourceRowStore.Batcher batcher = rows.batcher(submission.id())) {
                // parsing on its own thread while this one stores: the two run at the same time
                reading = Pipe.<ParsedRow, WorkbookReading, WorkbookRejectedException>run("workbook-reader",
                        sink -> reader.read(file, submission.fileName(), sink), row -> {
                            counts[row.accepted() ? 0 : 1]++;
                            batcher.add(row);
                        });
            }
            String unit = submission.unit();
            String unitSource = "FOLDER";
            if (unit == null) {
                unit = reference.units().resolve(reading.declaredUnit()).map(Unit::code).orElse(null);
                unitSource = "WORKBOOK";
            }
            if (unit == null) {
                rows.deleteForSubmission(submission.id());
                submissions.markRejected(submission.id(), null, NO_UNIT);
                return;
            }
            rows.insertTables(submission.id(), reading.tables());
            submissions.markLoaded(submission.id(), unit, unitSource, reading, counts[0], counts[1]);
            log.info("{}: {} rows accepted, {} rejected", submission.path(), counts[0], counts[1]);
        } catch (WorkbookRejectedException e) {
            log.info("{} rejected: {} ({})", submission.path(), e.reason(), e.getMessage());
            rows.deleteForSubmission(submission.id());
            submissions.markRejected(submission.id(), null, e.reason().message());
        } catch (RuntimeException | StackOverflowError e) {
            // a reader defect or an input nobody foresaw: the file is rejected, the run goes on
            log.error("{} could not be read", submission.path(), e);
            rows.deleteForSubmission(submission.id());
            submissions.markRejected(submission.id(), null, UNEXPECTED);
        }
    }
}
