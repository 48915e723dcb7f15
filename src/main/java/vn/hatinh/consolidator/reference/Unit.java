package vn.hatinh.consolidator.reference;

import java.time.LocalDate;
import java.util.List;

/**
 * A reporting unit of the registry.
 *
 * @param level      1 = the foreign-affairs office, 2 = provincial departments and agencies, 3 = districts (and communes)
 * @param validFrom  first day the unit exists, or null
 * @param validTo    last day the unit exists, or null (districts ceased on 30/06/2025)
 * @param frequency  how often it is expected to report
 * @param dueDays    days after a period's end by which its report is due
 * @param successors codes of the units that took over its work (a unit may have several)
 */
public record Unit(String code, String name, int level, String kind, LocalDate validFrom, LocalDate validTo,
                   ReportingFrequency frequency, int dueDays, List<String> successors) {

    public Unit {
        frequency = frequency == null ? ReportingFrequency.NONE : frequency;
        successors = successors == null ? List.of() : List.copyOf(successors);
    }

    public Unit(String code, String name, int level, String kind, LocalDate validFrom, LocalDate validTo) {
        this(code, name, level, kind, validFrom, validTo, ReportingFrequency.NONE, 0, List.of());
    }

    /** Whether the unit exists on at least one day from {@code from} to {@code to}. */
    public boolean existsDuring(LocalDate from, LocalDate to) {
        return (validFrom == null || !validFrom.isAfter(to)) && (validTo == null || !validTo.isBefore(from));
    }
}
