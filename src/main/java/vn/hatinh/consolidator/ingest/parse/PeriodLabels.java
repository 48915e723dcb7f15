package vn.hatinh.consolidator.ingest.parse;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.hatinh.consolidator.ingest.Period;
import vn.hatinh.consolidator.reference.TextFold;

/**
 * Declared reporting periods: "Tháng 03/2021", "Tháng 3 năm 2021", "Quý I/2021", "Quý 1 năm 2021", "6 tháng đầu
 * năm 2021", "6 tháng cuối năm 2021", "Năm 2021", "Từ ngày 01/01/2021 đến ngày 31/03/2021", found alone or inside
 * a longer text (a "Kỳ báo cáo" cell, a title row, a file name), in capitals or without diacritics.
 */
public final class PeriodLabels {

    private static final String D = "(\\d{1,2}) (\\d{1,2}) (\\d{4})";
    private static final Pattern RANGE = Pattern.compile("tu(?: ngay)? " + D + " den(?: ngay)? " + D);
    private static final Pattern HALF = Pattern.compile("(?:6|sau) thang (dau|cuoi) nam (\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("quy (iv|iii|ii|i|1|2|3|4)(?: nam)? (\\d{4})");
    private static final Pattern MONTH = Pattern.compile("thang (\\d{1,2})(?: nam)? (\\d{4})");
    private static final Pattern YEAR = Pattern.compile("nam (\\d{4})");
    private static final Pattern DATE_LINE = Pattern.compile("ngay \\d{1,2} thang \\d{1,2} nam \\d{4}");

    private PeriodLabels() {
    }

    /** A declared period and the words it was read from. */
    public record Found(Period period, String label) {
    }

    /** The period named in a text, if any. A date line ("Hà Tĩnh, ngày 07 tháng 01 năm 2023") names none. */
    public static Optional<Found> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String folded = TextFold.fold(text);
        if (DATE_LINE.matcher(folded).find()) {
            return Optional.empty();
        }
        try {
            Matcher m = RANGE.matcher(folded);
            if (m.find()) {
                LocalDate from = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)));
                LocalDate to = LocalDate.of(Integer.parseInt(m.group(6)), Integer.parseInt(m.group(5)),
                        Integer.parseInt(m.group(4)));
                if (!to.isBefore(from)) {
                    return found(new Period(from, to), text);
                }
            }
            m = HALF.matcher(folded);
            if (m.find()) {
                int year = Integer.parseInt(m.group(2));
                return m.group(1).equals("dau")
                        ? found(new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30)), text)
                        : found(new Period(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31)), text);
            }
            m = QUARTER.matcher(folded);
            if (m.find()) {
                int quarter = switch (m.group(1)) {
                    case "i", "1" -> 1;
                    case "ii", "2" -> 2;
                    case "iii", "3" -> 3;
                    default -> 4;
                };
                int year = Integer.parseInt(m.group(2));
                YearMonth first = YearMonth.of(year, quarter * 3 - 2);
                return found(new Period(first.atDay(1), first.plusMonths(2).atEndOfMonth()), text);
            }
            m = MONTH.matcher(folded);
            if (m.find()) {
                int month = Integer.parseInt(m.group(1));
                if (month >= 1 && month <= 12) {
                    YearMonth ym = YearMonth.of(Integer.parseInt(m.group(2)), month);
                    return found(new Period(ym.atDay(1), ym.atEndOfMonth()), text);
                }
            }
            m = YEAR.matcher(folded);
            if (m.find()) {
                int year = Integer.parseInt(m.group(1));
                return found(new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)), text);
            }
        } catch (java.time.DateTimeException | IllegalArgumentException invalid) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<Found> found(Period period, String text) {
        return Optional.of(new Found(period, labelOf(text)));
    }

    /** The label part of a longer text: what follows "kỳ báo cáo:" when present. */
    private static String labelOf(String text) {
        String t = text.trim();
        int colon = t.toLowerCase().lastIndexOf("kỳ báo cáo");
        if (colon >= 0) {
            t = t.substring(colon + "kỳ báo cáo".length()).replaceFirst("^\\s*:\\s*", "");
        }
        t = t.replaceFirst("\\)\\s*$", "").trim();
        return t.length() > 250 ? t.substring(0, 250) : t;
    }
}
