package vn.hatinh.consolidator.ingest.parse;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** The text of a cell value as a clerk would read it. */
public final class Cells {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Cells() {
    }

    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString(d.longValue());
            }
            return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof LocalDateTime dt) {
            return dt.toLocalDate().format(DMY);
        }
        return value.toString().replace('\u00A0', ' ').trim();
    }
}
