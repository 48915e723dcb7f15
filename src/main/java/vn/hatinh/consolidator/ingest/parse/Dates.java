package vn.hatinh.consolidator.ingest.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as units write them: real date cells, text dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy, d/m/yy, ISO
 * yyyy-mm-dd, or an Excel serial number in either date system. Day first, always. Dates that do not exist
 * (30/02/2021) are refused, never rolled over.
 */
public final class Dates {

    private static final Pattern DMY = Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4}|\\d{2})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    private static final Pattern SERIAL = Pattern.compile("\\d{4,6}(?:\\.\\d+)?");
    private static final Pattern WORDS = Pattern.compile(
            "ng[aà]y\\s*(\\d{1,2})\\s*th[aá]ng\\s*(\\d{1,2})\\s*n[aă]m\\s*(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

    private Dates() {
    }

    /** A date from a cell value, or null for an empty cell. */
    public static LocalDate parse(Object value, boolean date1904) throws ValueException {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDateTime dt) {
            return dt.toLocalDate();
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Double d) {
            return fromSerial(d, date1904, value);
        }
        String text = value.toString().trim();
        if (text.isEmpty()) {
            return null;
        }
        return parseText(text, date1904);
    }

    static LocalDate parseText(String raw, boolean date1904) throws ValueException {
        String text = raw.trim().replaceAll("\\s+", " ");
        Matcher m = DMY.matcher(text);
        if (m.matches()) {
            return of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), raw);
        }
        m = ISO.matcher(text);
        if (m.matches()) {
            return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), raw);
        }
        m = WORDS.matcher(text);
        if (m.find()) {
            return of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), raw);
        }
        if (SERIAL.matcher(text).matches()) {
            return fromSerial(Double.parseDouble(text), date1904, raw);
        }
        throw new ValueException("không đọc được ngày \"" + raw.trim() + "\" (ghi theo dạng ngày/tháng/năm, ví dụ 05/03/2024)");
    }

    static LocalDate of(int year, int month, int day, Object raw) throws ValueException {
        int y = year < 100 ? (year < 70 ? 2000 + year : 1900 + year) : year;
        try {
            return LocalDate.of(y, month, day);
        } catch (DateTimeException e) {
            throw new ValueException("ngày \"" + raw.toString().trim() + "\" không tồn tại");
        }
    }

    static LocalDate fromSerial(double serial, boolean date1904, Object raw) throws ValueException {
        // Excel's serials for 1900-01-01 .. 9999-12-31; anything else is not a date someone meant
        if (serial < 1 || serial > 2_958_465) {
            throw new ValueException("không đọc được ngày \"" + Cells.text(raw) + "\"");
        }
        long days = (long) Math.floor(serial);
        if (date1904) {
            return EPOCH_1904.plusDays(days);
        }
        // serial 60 is Excel's phantom 29/02/1900; serials before it are one day off from the 1899-12-30 epoch
        return days < 61 ? EPOCH_1900.plusDays(days + 1) : EPOCH_1900.plusDays(days);
    }
}
