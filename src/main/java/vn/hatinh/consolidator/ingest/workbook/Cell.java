package vn.hatinh.consolidator.ingest.workbook;

import java.time.LocalDateTime;

/**
 * One non-empty cell as the workbook stores it.
 *
 * @param column 0-based column index
 * @param value  a {@link String}, a {@link Double}, a {@link Boolean}, or a {@link LocalDateTime} when the cell is a
 *               number formatted as a date (already converted with the workbook's 1900 or 1904 date system).
 *               Formula cells carry their cached value; nothing is ever evaluated from a unit's text.
 */
public record Cell(int column, Object value) {

    public String text() {
        return value == null ? "" : value instanceof Double d ? formatNumber(d) : value.toString();
    }

    static String formatNumber(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }
}
