package vn.hatinh.consolidator.output;

import org.apache.poi.ss.usermodel.Cell;

/**
 * Writes a unit's text into an output workbook so that it can never become a formula, whatever it starts with.
 * Every workbook this project writes (feedback, annex) goes through here for text that came from a unit.
 */
public final class SafeCells {

    private SafeCells() {
    }

    /** A leading apostrophe-free guard: text starting with = + - @ (or tab/CR) is prefixed with a quote mark. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + text;
        }
        return text;
    }

    /** Sets the cell as a plain string cell holding the neutralised text. */
    public static void setText(Cell cell, String text) {
        cell.setCellValue(neutralise(text == null ? "" : text));
    }
}
