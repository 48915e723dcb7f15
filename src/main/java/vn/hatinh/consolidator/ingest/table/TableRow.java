package vn.hatinh.consolidator.ingest.table;

import vn.hatinh.consolidator.ingest.Period;
import vn.hatinh.consolidator.ingest.workbook.SheetRow;

/**
 * A data row as found under a table's header, not yet parsed: the header it belongs to, its cells, and what the
 * workbook said before it (date system, declared period) that its validation needs.
 */
public record TableRow(TableLayout layout, SheetRow row, boolean date1904, Period declared) {

    public String sheet() {
        return layout.sheet();
    }

    public int rowNumber() {
        return row.rowNumber();
    }
}
