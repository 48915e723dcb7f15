package vn.hatinh.consolidator.ingest.parse;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A single "Thời gian" column holding a range: "12-15/03/2021", "28/02 - 03/03/2021", "30/12/2021 - 02/01/2022",
 * "từ 12/03/2021 đến 15/03/2021", or a single date.
 */
public record DateRange(LocalDate start, LocalDate end) {

    private static final Pattern DAYS = Pattern.compile("(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{2,4})");
    private static final Pattern DAY_MONTHS = Pattern.compile(
            "(\\d{1,2})\\s*[/.]\\s*(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})\\s*[/.]\\s*(\\d{1,2})\\s*[/.]\\s*(\\d{2,4})");
    private static final Pattern TWO_DATES = Pattern.compile("(.+?)\\s*(?:[-–]|đến|den|to)\\s*(.+)", Pattern.CASE_INSENSITIVE);

    public static DateRange parse(Object value, boolean date1904) throws ValueException {
        if (value == null || value instanceof LocalDateTime || value instanceof Double) {
            LocalDate d = Dates.parse(value, date1904);
            return d == null ? null : new DateRange(d, d);
        }
        String text = value.toString().trim().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            return null;
        }
        text = text.replaceFirst("(?i)^(từ|tu)\\s*(ngày|ngay)?\\s*", "");
        text = text.replaceAll("(?i)(đến|den)\\s*(ngày|ngay)", "đến");
        Matcher m = DAYS.matcher(text);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(3));
            int year = Integer.parseInt(m.group(4));
            return ordered(Dates.of(year, month, Integer.parseInt(m.group(1)), value),
                    Dates.of(year, month, Integer.parseInt(m.group(2)), value));
        }
        m = DAY_MONTHS.matcher(text);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(5));
            LocalDate end = Dates.of(year, Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), value);
            int startMonth = Integer.parseInt(m.group(2));
            // "28/12 - 02/01/2022": the start lies in the previous year
            int startYear = startMonth > end.getMonthValue() ? end.getYear() - 1 : end.getYear();
            return ordered(Dates.of(startYear, startMonth, Integer.parseInt(m.group(1)), value), end);
        }
        try {
            LocalDate single = Dates.parseText(text, date1904);
            return new DateRange(single, single);
        } catch (ValueException notSingle) {
            m = TWO_DATES.matcher(text);
            if (m.matches()) {
                return ordered(Dates.parseText(m.group(1), date1904), Dates.parseText(m.group(2), date1904));
            }
            throw new ValueException("không đọc được thời gian \"" + value.toString().trim()
                    + "\" (ví dụ: 12-15/03/2024 hoặc 28/02/2024 - 03/03/2024)");
        }
    }

    private static DateRange ordered(LocalDate start, LocalDate end) {
        return new DateRange(start, end);
    }
}
