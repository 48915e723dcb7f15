package vn.hatinh.consolidator.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import vn.hatinh.consolidator.ingest.table.TableReader;

/**
 * Parses and validates each row found: an accepted row with typed values, or a rejected one with the reason the unit
 * reads in its feedback. Rejected rows are items like the others (never skips), so none is lost on the way to the
 * store. A file's start and end pass through.
 */
public class RowValidator implements ItemProcessor<WorkbookItem, WorkbookItem> {

    private static final Logger log = LoggerFactory.getLogger(RowValidator.class);
    static final String UNREADABLE_ROW = "Dòng không đọc được; đề nghị kiểm tra lại các ô của dòng này.";

    private final TableReader tables;

    public RowValidator(TableReader tables) {
        this.tables = tables;
    }

    @Override
    public WorkbookItem process(WorkbookItem item) {
        if (!(item instanceof WorkbookItem.RowFound found)) {
            return item;
        }
        try {
            return new WorkbookItem.RowChecked(found.submissionId(), tables.validate(found.row()));
        } catch (RuntimeException | StackOverflowError e) {
            // an input nobody foresaw rejects its row, never the file or the run
            log.error("Row {} of sheet {} (submission {}) could not be validated", found.row().rowNumber(),
                    found.row().sheet(), found.submissionId(), e);
            return new WorkbookItem.RowChecked(found.submissionId(), tables.rejected(found.row(), UNREADABLE_ROW));
        }
    }
}
