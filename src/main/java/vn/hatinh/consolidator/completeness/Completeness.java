package vn.hatinh.consolidator.completeness;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hatinh.consolidator.output.SafeCsv;
import vn.hatinh.consolidator.reference.ReferenceData;
import vn.hatinh.consolidator.reference.Unit;

/**
 * Who has reported for a period, and in time: every unit that exists during the period, whether the period is one
 * it is expected to report (its frequency), and its files that declare exactly that period. A file arrives when the
 * scan first saw it, at its modification time, or at the scan's time for a copy that lost it.
 */
@Component
public class Completeness {

    public record Line(Unit unit, boolean expected, CompletenessStatus status, int files, long rowsAccepted,
                       long rowsRejected, LocalDateTime firstReceived, LocalDateTime lastReceived) {
    }

    private record FileSeen(String unit, String status, int rowsAccepted, int rowsRejected, LocalDateTime arrived) {
    }

    private final JdbcClient jdbc;
    private final ReferenceData reference;

    public Completeness(JdbcClient jdbc, ReferenceData reference) {
        this.jdbc = jdbc;
        this.reference = reference;
    }

    public List<Line> of(ReportingPeriod period) {
        Map<String, List<FileSeen>> byUnit = new HashMap<>();
        jdbc.sql("""
                SELECT unit, status, rows_accepted, rows_rejected, COALESCE(modified_at, seen_at) AS arrived
                  FROM submission
                 WHERE period_from = ? AND period_to = ? AND unit IS NOT NULL
                   AND status IN ('ACCEPTED', 'SUPERSEDED', 'REJECTED')""")
                .param(period.from()).param(period.to())
                .query((rs, n) -> new FileSeen(rs.getString("unit").toUpperCase(java.util.Locale.ROOT),
                        rs.getString("status"), rs.getInt("rows_accepted"), rs.getInt("rows_rejected"),
                        toLocal(rs.getTimestamp("arrived"))))
                .list()
                .forEach(f -> byUnit.computeIfAbsent(f.unit(), k -> new ArrayList<>()).add(f));
        List<Line> lines = new ArrayList<>();
        for (Unit unit : reference.units().units()) {
            if (!unit.existsDuring(period.from(), period.to())) {
                continue;
            }
            lines.add(line(unit, period, byUnit.getOrDefault(unit.code(), List.of())));
        }
        return lines;
    }

    private static Line line(Unit unit, ReportingPeriod period, List<FileSeen> files) {
        boolean expected = unit.frequency().matches(period.from(), period.to());
        List<FileSeen> counting = files.stream()
                .filter(f -> f.status().equals("ACCEPTED") || f.status().equals("SUPERSEDED")).toList();
        LocalDateTime first = counting.stream().map(FileSeen::arrived).filter(java.util.Objects::nonNull)
                .min(LocalDateTime::compareTo).orElse(null);
        LocalDateTime last = files.stream().map(FileSeen::arrived).filter(java.util.Objects::nonNull)
                .max(LocalDateTime::compareTo).orElse(null);
        CompletenessStatus status;
        if (!counting.isEmpty()) {
            LocalDateTime due = period.to().plusDays(unit.dueDays() + 1L).atStartOfDay();
            // the unit reported on time if its first report for the period came in time; a later correction does not
            // make it late
            status = first == null || first.isBefore(due) ? CompletenessStatus.ON_TIME : CompletenessStatus.LATE;
        } else {
            status = expected ? CompletenessStatus.MISSING : CompletenessStatus.NOT_EXPECTED;
        }
        List<FileSeen> accepted = files.stream().filter(f -> f.status().equals("ACCEPTED")).toList();
        return new Line(unit, expected, status, files.size(),
                accepted.stream().mapToLong(FileSeen::rowsAccepted).sum(),
                accepted.stream().mapToLong(FileSeen::rowsRejected).sum(), first, last);
    }

    /** unit,name,expected,status,files,rows_accepted,rows_rejected,last_received; returns the number of lines. */
    public int export(ReportingPeriod period, Path out) throws java.io.IOException {
        List<Line> lines = of(period);
        try (SafeCsv csv = SafeCsv.create(out, "unit", "name", "expected", "status", "files", "rows_accepted",
                "rows_rejected", "last_received")) {
            for (Line l : lines) {
                csv.row(l.unit().code(), l.unit().name(), l.expected() ? "yes" : "no", l.status().code(), l.files(),
                        l.rowsAccepted(), l.rowsRejected(), l.lastReceived() == null ? "" : l.lastReceived().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
            }
        }
        return lines.size();
    }

    private static LocalDateTime toLocal(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
