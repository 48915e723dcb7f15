package vn.hatinh.consolidator.consolidate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import vn.hatinh.consolidator.ingest.SourceRow;

/**
 * The consolidated values of a record: each field from the highest-precedence source that has it (registry level 1
 * before 2 before 3; within a level the most recent submission), and a conflict for a count or a date on which the
 * sources disagree beyond tolerance.
 */
final class Records {

    static final Comparator<Candidate> PRECEDENCE = Comparator.comparingInt(Candidate::unitLevel)
            .thenComparing(Comparator.comparingLong(Candidate::submissionRank).reversed())
            .thenComparingLong(Candidate::sourceRowId);
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Records() {
    }

    static ConsolidatedRecord build(String id, List<Candidate> unordered, List<MatchEvidence> evidence) {
        List<Candidate> sources = new ArrayList<>(unordered);
        sources.sort(PRECEDENCE);
        SourceRow first = sources.get(0).row();
        SourceRow chosen = new SourceRow(first.type(), first.sheet(), first.rowNumber(),
                pick(sources, SourceRow::start), pick(sources, SourceRow::end), pick(sources, SourceRow::country),
                pick(sources, SourceRow::partner), pick(sources, SourceRow::title), pick(sources, SourceRow::decision),
                pick(sources, SourceRow::leader), pick(sources, SourceRow::purpose), pick(sources, SourceRow::count),
                pick(sources, SourceRow::totalCount), pick(sources, SourceRow::organiser),
                pick(sources, SourceRow::location), pick(sources, SourceRow::level),
                pick(sources, SourceRow::committedUsd), pick(sources, SourceRow::disbursedUsd),
                pick(sources, SourceRow::month), pick(sources, SourceRow::cases),
                pick(sources, SourceRow::legalizations), pick(sources, SourceRow::note), first.extra());
        List<FieldConflict> conflicts = new ArrayList<>();
        countConflict(conflicts, "count", sources, SourceRow::count);
        countConflict(conflicts, "totalCount", sources, SourceRow::totalCount);
        dateConflict(conflicts, "start", sources, SourceRow::start);
        dateConflict(conflicts, "end", sources, SourceRow::end);
        return new ConsolidatedRecord(id, first.type(), chosen, List.copyOf(sources), conflicts, evidence);
    }

    private static <T> T pick(List<Candidate> sources, Function<SourceRow, T> field) {
        for (Candidate c : sources) {
            T value = field.apply(c.row());
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static void countConflict(List<FieldConflict> out, String name, List<Candidate> sources,
                                      Function<SourceRow, Integer> field) {
        Integer min = null;
        Integer max = null;
        for (Candidate c : sources) {
            Integer v = field.apply(c.row());
            if (v != null) {
                min = min == null ? v : Math.min(min, v);
                max = max == null ? v : Math.max(max, v);
            }
        }
        if (min != null && max - min > MatchRules.COUNT_TOLERANCE) {
            out.add(new FieldConflict(name, values(sources, c -> Objects.toString(field.apply(c.row()), "-"))));
        }
    }

    private static void dateConflict(List<FieldConflict> out, String name, List<Candidate> sources,
                                     Function<SourceRow, LocalDate> field) {
        LocalDate min = null;
        LocalDate max = null;
        for (Candidate c : sources) {
            LocalDate v = field.apply(c.row());
            if (v != null) {
                min = min == null || v.isBefore(min) ? v : min;
                max = max == null || v.isAfter(max) ? v : max;
            }
        }
        if (min != null && ChronoUnit.DAYS.between(min, max) > MatchRules.DATE_TOLERANCE_DAYS) {
            out.add(new FieldConflict(name, values(sources, c -> {
                LocalDate d = field.apply(c.row());
                return d == null ? "-" : d.format(DMY);
            })));
        }
    }

    private static List<String> values(List<Candidate> sources, Function<Candidate, String> value) {
        Map<String, String> byLine = new LinkedHashMap<>();
        for (Candidate c : sources) {
            byLine.put(c.unit() + " (" + c.path() + ", " + c.row().sheet() + " dòng " + c.row().rowNumber() + ")",
                    value.apply(c));
        }
        List<String> lines = new ArrayList<>();
        byLine.forEach((who, v) -> lines.add(who + ": " + v));
        return lines;
    }
}
