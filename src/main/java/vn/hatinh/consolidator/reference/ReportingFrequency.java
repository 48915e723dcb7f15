package vn.hatinh.consolidator.reference;

import java.time.LocalDate;
import java.util.Locale;

/** How often a unit is expected to report: a report period of that length is expected from it. */
public enum ReportingFrequency {
    MONTHLY("monthly", 1), QUARTERLY("quarterly", 3), HALF_YEARLY("half-yearly", 6), YEARLY("yearly", 12), NONE("none", 0);

    private final String code;
    private final int months;

    ReportingFrequency(String code, int months) {
        this.code = code;
        this.months = months;
    }

    public String code() {
        return code;
    }

    /** Whether a period from {@code from} to {@code to} is one of this frequency's periods (a whole month, quarter...). */
    public boolean matches(LocalDate from, LocalDate to) {
        if (months == 0 || from.getDayOfMonth() != 1 || (from.getMonthValue() - 1) % months != 0) {
            return false;
        }
        return from.plusMonths(months).minusDays(1).equals(to);
    }

    public static ReportingFrequency parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (ReportingFrequency f : values()) {
            if (f.code.equals(t)) {
                return f;
            }
        }
        throw new IllegalArgumentException("tần suất '" + text + "' không hợp lệ (monthly, quarterly, half-yearly, "
                + "yearly, none)");
    }
}
