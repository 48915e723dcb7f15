package vn.hatinh.consolidator.web;

import vn.hatinh.consolidator.completeness.ReportingPeriod;
import vn.hatinh.consolidator.ingest.Period;

/**
 * A period as the console's forms spell it: 2024-03, 2024-Q1, 2024-H1 or 2024; with its Vietnamese name. Read by
 * {@link ReportingPeriod}, the same reading as {@code export completeness --period}.
 */
public record ConsolePeriod(String code, Period period, String vietnamese) {

    /** Empty or unreadable text gives null, never an error: the page then shows everything. */
    public static ConsolePeriod parse(String text) {
        if (text == null) {
            return null;
        }
        String code = text.trim().toUpperCase(java.util.Locale.ROOT);
        ReportingPeriod p;
        try {
            p = ReportingPeriod.parse(code);
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
        if (p.from().getYear() < 2000 || p.from().getYear() > 2100) {
            return null;
        }
        return new ConsolePeriod(code, new Period(p.from(), p.to()), p.label());
    }

    public boolean isMonth() {
        return code.length() == 7 && code.charAt(4) == '-' && Character.isDigit(code.charAt(5));
    }
}
