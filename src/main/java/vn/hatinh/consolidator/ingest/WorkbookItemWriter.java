package vn.hatinh.consolidator.ingest;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcBatchItemWriter;

import vn.hatinh.consolidator.reference.ReferenceData;
import vn.hatinh.consolidator.reference.Unit;

/**
 * Writes a chunk in the chunk's transaction: checked rows, accepted or rejected, through Spring Batch's JDBC writer;
 * a file's start clears what an abandoned attempt stored for it; a file's end settles it as LOADED (with the unit,
 * period and counts it declares) or REJECTED (its rows removed), so a file's status and its last rows commit together.
 */
public class WorkbookItemWriter implements ItemWriter<WorkbookItem> {

    private static final Logger log = LoggerFactory.getLogger(WorkbookItemWriter.class);
    static final String NO_UNIT = "Không xác định được đơn vị báo cáo: đề nghị đặt tệp vào thư mục của đơn vị "
            + "hoặc ghi dòng \"Đơn vị báo cáo: …\" trong tệp.";

    private final SubmissionStore submissions;
    private final SourceRowStore sourceRows;
    private final ReferenceData reference;
    private final JdbcBatchItemWriter<WorkbookItem.RowChecked> rowWriter;

    public WorkbookItemWriter(SubmissionStore submissions, SourceRowStore sourceRows, ReferenceData reference) {
        this.submissions = submissions;
        this.sourceRows = sourceRows;
        this.reference = reference;
        this.rowWriter = sourceRows.rowWriter();
    }

    @Override
    public void write(Chunk<? extends WorkbookItem> chunk) throws Exception {
        List<WorkbookItem.RowChecked> rows = new ArrayList<>(chunk.size());
        for (WorkbookItem item : chunk) {
            if (item instanceof WorkbookItem.RowChecked row) {
                rows.add(row);
            } else if (item instanceof WorkbookItem.FileStarted started) {
                flush(rows);
                sourceRows.deleteForSubmission(started.submissionId());
            } else if (item instanceof WorkbookItem.FileRead read) {
                flush(rows);
                settle(read);
            } else {
                throw new IllegalStateException("A row reached the writer without validation");
            }
        }
        flush(rows);
    }

    private void flush(List<WorkbookItem.RowChecked> rows) throws Exception {
        if (!rows.isEmpty()) {
            rowWriter.write(new Chunk<>(rows));
            rows.clear();
        }
    }

    private void settle(WorkbookItem.FileRead read) {
        long id = read.submissionId();
        if (read.rejection() != null) {
            reject(id, read.rejection());
            return;
        }
        Submission submission = submissions.find(id).orElseThrow();
        String unit = submission.unit();
        String unitSource = "FOLDER";
        if (unit == null) {
            unit = reference.units().resolve(read.reading().declaredUnit()).map(Unit::code).orElse(null);
            unitSource = "WORKBOOK";
        }
        if (unit == null) {
            reject(id, NO_UNIT);
            return;
        }
        sourceRows.insertTables(id, read.reading().tables());
        int[] counts = sourceRows.countsOf(id);
        submissions.markLoaded(id, unit, unitSource, read.reading(), counts[0], counts[1]);
        log.info("{}: {} rows accepted, {} rejected", submission.path(), counts[0], counts[1]);
    }

    private void reject(long id, String reason) {
        sourceRows.deleteForSubmission(id);
        submissions.markRejected(id, null, reason);
    }
}
