package vn.hatinh.consolidator.ingest;

import java.time.LocalDate;

/** A closed date interval, both ends inclusive: a declared reporting period or a report's period. */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("Invalid period " + from + " - " + to);
        }
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }

    public boolean contains(Period other) {
        return !other.from.isBefore(from) && !other.to.isAfter(to);
    }
}
