package vn.hatinh.consolidator.ingest.workbook;

import java.util.List;

/** An opened, already vetted workbook. Sheets are read one at a time. */
public interface WorkbookContent extends AutoCloseable {

    /** True when dates are counted from 1904 (old Mac Excel); serial numbers must then be read that way. */
    boolean date1904();

    /** Names of the worksheets, in workbook order (chart sheets and macro sheets excluded). */
    List<String> sheetNames();

    SheetCursor openSheet(int index) throws WorkbookRejectedException;

    @Override
    void close();
}
