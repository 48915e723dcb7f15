package vn.hatinh.consolidator.consolidate;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.hatinh.consolidator.ingest.Period;
import vn.hatinh.consolidator.ingest.RecordType;
import vn.hatinh.consolidator.ingest.SourceRow;
import vn.hatinh.consolidator.output.SafeCsv;
import vn.hatinh.consolidator.reference.ReferenceData;
import vn.hatinh.consolidator.reference.Unit;

/** Consolidate's public surface: the records, with their sources, as the reports and exports read them. */
@Component
public class ConsolidatedRecords {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final ReferenceData reference;

    public ConsolidatedRecords(JdbcTemplate jdbc, ReferenceData reference) {
        this.jdbc = jdbc;
        this.reference = reference;
    }

    /** Every consolidated record with its sources (highest precedence first), conflicts and evidence. */
    public List<ConsolidatedRecord> all() {
        return load("TRUE");
    }

    /**
     * The records a report period needs, as {@link #all()} gives them: the events (every type but consular work)
     * whose start date lies in {@code events}, both ends inclusive, and the consular work of the months
     * {@code firstMonth} to {@code lastMonth} (none when the first is after the last).
     */
    public List<ConsolidatedRecord> startingIn(Period events, YearMonth firstMonth, YearMonth lastMonth) {
        return load("""
                (c.type <> ? AND c.start_date BETWEEN ? AND ?)
                 OR (c.type = ? AND c.month BETWEEN ? AND ?)""", RecordType.CONSULAR.code(), events.from(),
                events.to(), RecordType.CONSULAR.code(), firstMonth.atDay(1), lastMonth.atEndOfMonth());
    }

    /** The records {@code filter} (a condition on consolidated_record c) selects, in id order, with their parts. */
    private List<ConsolidatedRecord> load(String filter, Object... arguments) {
        String selected = "SELECT c.id FROM consolidated_record c WHERE " + filter;
        Map<String, List<Candidate>> sources = new HashMap<>();
        jdbc.query("""
                SELECT l.record_id, l.precedence, r.*, s.unit AS s_unit, s.path AS s_path, s.sha256 AS s_sha
                  FROM record_link l JOIN source_row r ON r.id = l.source_row_id
                  JOIN submission s ON s.id = r.submission_id
                 WHERE l.record_id IN (%s)
                 ORDER BY l.record_id, l.precedence""".formatted(selected), rs -> {
            SourceRow row = vn.hatinh.consolidator.ingest.SourceRowStore.mapRow(rs);
            String unit = rs.getString("s_unit");
            int level = reference.units().byCode(unit).map(Unit::level).orElse(9);
            sources.computeIfAbsent(rs.getString("record_id"), k -> new ArrayList<>()).add(new Candidate(
                    rs.getLong("id"), rs.getString("s_sha") + ":" + row.sheet() + ":" + row.rowNumber() + ":"
                    + row.type().code(), unit, level, rs.getInt("precedence"), rs.getString("s_path"), row));
        }, arguments);
        Map<String, List<MatchEvidence>> evidence = new HashMap<>();
        jdbc.query("SELECT * FROM match_evidence WHERE record_id IN (" + selected + ") ORDER BY id", rs -> {
            evidence.computeIfAbsent(rs.getString("record_id"), k -> new ArrayList<>()).add(new MatchEvidence(
                    rs.getLong("source_row_a"), rs.getLong("source_row_b"), rs.getString("rule"),
                    rs.getDouble("score"), rs.getString("explanation")));
        }, arguments);
        List<ConsolidatedRecord> records = new ArrayList<>();
        jdbc.query("SELECT * FROM consolidated_record c WHERE " + filter + " ORDER BY id", rs -> {
            String id = rs.getString("id");
            LocalDate month = rs.getObject("month", LocalDate.class);
            SourceRow chosen = new SourceRow(RecordType.fromCode(rs.getString("type")), null, 0,
                    rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                    rs.getString("country"), rs.getString("partner"), rs.getString("title"),
                    rs.getString("decision"), rs.getString("leader"), rs.getString("purpose"),
                    rs.getObject("cnt", Integer.class), rs.getObject("total_cnt", Integer.class),
                    rs.getString("organiser"), rs.getString("location"), rs.getString("level"),
                    rs.getObject("committed_usd", BigDecimal.class), rs.getObject("disbursed_usd", BigDecimal.class),
                    month == null ? null : YearMonth.from(month), rs.getObject("cases", Integer.class),
                    rs.getObject("legalizations", Integer.class), rs.getString("note"), Map.of());
            String conflicts = rs.getString("conflicts");
            List<FieldConflict> conflictList = conflicts == null ? List.of()
                    : JSON.readValue(conflicts, new TypeReference<List<FieldConflict>>() {
                    });
            records.add(new ConsolidatedRecord(id, chosen.type(), chosen, sources.getOrDefault(id, List.of()),
                    conflictList, evidence.getOrDefault(id, List.of())));
        }, arguments);
        return records;
    }

    /**
     * One line per source row that counts now: path,sheet,row,type,record_id, then source_key, the row's stable key
     * that {@code review merge} and {@code review split} take. Returns the number of lines.
     */
    public int exportLinks(Path out) throws IOException {
        try (SafeCsv csv = SafeCsv.create(out, "path", "sheet", "row", "type", "record_id", "source_key")) {
            int[] n = {0};
            jdbc.query("""
                    SELECT s.path, r.sheet, r.row_no, r.type, l.record_id, s.sha256 FROM record_link l
                      JOIN source_row r ON r.id = l.source_row_id JOIN submission s ON s.id = r.submission_id
                     ORDER BY s.path, r.sheet, r.row_no""", rs -> {
                csv.row(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        rs.getString(6) + ":" + rs.getString(2) + ":" + rs.getInt(3) + ":" + rs.getString(4));
                n[0]++;
            });
            return n[0];
        }
    }

    /** One line per record with its values, its sources and its conflicts, for the operator. */
    public int exportRecords(Path out) throws IOException {
        try (SafeCsv csv = SafeCsv.create(out, "record_id", "type", "start", "end", "country", "partner", "title",
                "decision", "count", "sources", "conflicts")) {
            int n = 0;
            for (ConsolidatedRecord r : all()) {
                SourceRow v = r.chosen();
                csv.row(r.id(), r.type().code(), v.start(), v.end(), v.country(), v.partner(), v.title(),
                        v.decision(), v.count(), String.join("; ", r.sources().stream()
                                .map(s -> s.unit() + " " + s.path() + " " + s.row().sheet() + "!" + s.row().rowNumber())
                                .toList()),
                        String.join("; ", r.conflicts().stream().map(c -> c.field() + ": " + String.join(" | ", c.values()))
                                .toList()));
                n++;
            }
            return n;
        }
    }
}
