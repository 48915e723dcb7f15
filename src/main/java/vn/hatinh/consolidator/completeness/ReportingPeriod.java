package vn.hatinh.consolidator.completeness;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reporting period as operators name it: 2024-03 (a month), 2024-Q1, 2024-H1, 2024 (a year). */
public record ReportingPeriod(String label, LocalDate from, LocalDate to) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-[Hh]([12])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    public static ReportingPeriod parse(String text) {
        String t = text == null ? "" : text.trim();
        Matcher m;
        if ((m = MONTH.matcher(t)).matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw invalid(text);
            }
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), month);
            return new ReportingPeriod("Tháng " + String.format("%02d/%d", month, ym.getYear()), ym.atDay(1), ym.atEndOfMonth());
        }
        if ((m = QUARTER.matcher(t)).matches()) {
            int q = Integer.parseInt(m.group(2));
            LocalDate from = LocalDate.of(Integer.parseInt(m.group(1)), (q - 1) * 3 + 1, 1);
            return new ReportingPeriod("Quý " + "I II III IV".split(" ")[q - 1] + "/" + from.getYear(), from,
                    from.plusMonths(3).minusDays(1));
        }
        if ((m = HALF.matcher(t)).matches()) {
            int h = Integer.parseInt(m.group(2));
            LocalDate from = LocalDate.of(Integer.parseInt(m.group(1)), h == 1 ? 1 : 7, 1);
            return new ReportingPeriod((h == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + from.getYear(), from,
                    from.plusMonths(6).minusDays(1));
        }
        if ((m = YEAR.matcher(t)).matches()) {
            LocalDate from = LocalDate.of(Integer.parseInt(m.group(1)), 1, 1);
            return new ReportingPeriod("Năm " + from.getYear(), from, from.plusYears(1).minusDays(1));
        }
        throw invalid(text);
    }

    /** The calendar month containing {@code day}, as a reporting period. */
    public static ReportingPeriod monthOf(LocalDate day) {
        return parse(YearMonth.from(day).toString());
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("Kỳ báo cáo '" + text + "' không hợp lệ; hãy viết 2024-03 (tháng), "
                + "2024-Q1 (quý), 2024-H1 (6 tháng) hoặc 2024 (năm).");
    }
}
