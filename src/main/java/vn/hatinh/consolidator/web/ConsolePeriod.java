package vn.hatinh.consolidator.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.hatinh.consolidator.ingest.Period;

/** A period as the console's forms spell it: 2024-03, 2024-Q1, 2024-H1 or 2024; with its Vietnamese name. */
public record ConsolePeriod(String code, Period period, String vietnamese) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(?:(\\d{2})|Q([1-4])|H([12])))?");

    /** Empty or unreadable text gives null, never an error: the page then shows everything. */
    public static ConsolePeriod parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = FORM.matcher(text.trim().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 2000 || year > 2100) {
            return null;
        }
        if (m.group(2) != null) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                return null;
            }
            YearMonth ym = YearMonth.of(year, month);
            return new ConsolePeriod(ym.toString(), new Period(ym.atDay(1), ym.atEndOfMonth()),
                    String.format("Tháng %02d/%d", month, year));
        }
        if (m.group(3) != null) {
            int q = Integer.parseInt(m.group(3));
            LocalDate from = LocalDate.of(year, (q - 1) * 3 + 1, 1);
            return new ConsolePeriod(year + "-Q" + q, new Period(from, from.plusMonths(3).minusDays(1)),
                    "Quý " + "I II III IV".split(" ")[q - 1] + "/" + year);
        }
        if (m.group(4) != null) {
            int h = Integer.parseInt(m.group(4));
            LocalDate from = LocalDate.of(year, h == 1 ? 1 : 7, 1);
            return new ConsolePeriod(year + "-H" + h, new Period(from, from.plusMonths(6).minusDays(1)),
                    (h == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year);
        }
        return new ConsolePeriod(Integer.toString(year), new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)),
                "Năm " + year);
    }

    public boolean isMonth() {
        return code.length() == 7 && code.charAt(4) == '-' && Character.isDigit(code.charAt(5));
    }
}
