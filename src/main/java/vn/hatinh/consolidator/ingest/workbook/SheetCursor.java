package vn.hatinh.consolidator.ingest.workbook;

/** Pulls the rows of one sheet in order, holding at most one row in memory (for streamed formats). */
public interface SheetCursor extends AutoCloseable {

    String sheetName();

    /** The next row that has at least one cell, or null at the end of the sheet. */
    SheetRow next() throws WorkbookRejectedException;

    @Override
    void close();
}
