package vn.hatinh.consolidator.ingest.workbook;

import java.util.List;

/**
 * One spreadsheet row with its non-empty cells in column order.
 *
 * @param rowNumber 1-based row number, as Excel shows it
 */
public record SheetRow(int rowNumber, List<Cell> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** The cell at a 0-based column, or null. */
    public Cell cell(int column) {
        for (Cell c : cells) {
            if (c.column() == column) {
                return c;
            }
        }
        return null;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(c -> c.text().isBlank());
    }
}
