package vn.hatinh.consolidator.output;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes text into a workbook the project produces so that it can never become a formula, whatever it starts with,
 * and reads exactly as typed. Excel's own way is the quote prefix of the cell style: the cell holds the text
 * unchanged (no apostrophe in it) and Excel never evaluates it, not even when someone edits the cell and presses
 * Enter. Every text cell of every workbook this project writes (feedback, annex, template) goes through here; one
 * instance per workbook, as cell styles belong to a workbook and each has a limited number of them.
 */
public final class SafeCells {

    private final Workbook workbook;
    private final Map<Integer, CellStyle> quoted = new HashMap<>();
    private CellStyle quotedDefault;

    private SafeCells(Workbook workbook) {
        this.workbook = workbook;
    }

    public static SafeCells of(Workbook workbook) {
        return new SafeCells(workbook);
    }

    /** Sets the cell as a text cell in the workbook's default style, quote-prefixed. */
    public void text(Cell cell, String text) {
        if (quotedDefault == null) {
            quotedDefault = quoted(null);
        }
        cell.setCellValue(text == null ? "" : text);
        cell.setCellStyle(quotedDefault);
    }

    /** Sets the cell as a text cell in the given style (null: the default), quote-prefixed. */
    public void text(Cell cell, String text, CellStyle style) {
        cell.setCellValue(text == null ? "" : text);
        cell.setCellStyle(quoted(style));
    }

    /**
     * The quote-prefixed twin of a style of this workbook (null: the default style), made once and reused: a cell
     * style per cell would exhaust the workbook's 64,000 styles on a large sheet.
     */
    public CellStyle quoted(CellStyle style) {
        CellStyle base = style == null ? workbook.getCellStyleAt(0) : style;
        int index = base.getIndex() & 0xFFFF;
        CellStyle twin = quoted.get(index);
        if (twin == null) {
            if (base.getQuotePrefixed()) {
                twin = base;
            } else {
                twin = workbook.createCellStyle();
                twin.cloneStyleFrom(base);
                twin.setQuotePrefixed(true);
            }
            quoted.put(index, twin);
        }
        return twin;
    }
}
