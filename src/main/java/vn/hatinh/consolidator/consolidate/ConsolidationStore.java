package vn.hatinh.consolidator.consolidate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;
import vn.hatinh.consolidator.ingest.SourceRow;

/**
 * The consolidated tables. A run replaces the records of the blocks it recomputes (or all of them) inside the step's
 * transaction, so readers see either the previous consolidation or the new one, never a half-built state. Operator
 * decisions are never touched here.
 */
@Repository
public class ConsolidationStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;

    public ConsolidationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ReviewDecision> decisions() {
        return jdbc.query("SELECT source_key_a, source_key_b, decision FROM review_decision ORDER BY decided_at",
                (rs, n) -> new ReviewDecision(rs.getString(1), rs.getString(2),
                        ReviewDecision.Kind.valueOf(rs.getString(3))));
    }

    public void saveDecision(String keyA, String keyB, ReviewDecision.Kind kind) {
        String a = keyA.compareTo(keyB) <= 0 ? keyA : keyB;
        String b = keyA.compareTo(keyB) <= 0 ? keyB : keyA;
        jdbc.update("""
                INSERT INTO review_decision (source_key_a, source_key_b, decision, decided_at) VALUES (?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE decision = VALUES(decision), decided_at = VALUES(decided_at)""",
                a, b, kind.name(), Timestamp.valueOf(LocalDateTime.now()));
    }

    /** Empties the consolidated tables, inside the caller's transaction, before a rebuild. */
    public void clear() {
        jdbc.update("DELETE FROM record_link");
        jdbc.update("DELETE FROM match_evidence");
        jdbc.update("DELETE FROM consolidated_record");
        jdbc.update("DELETE FROM review_pair");
    }

    /**
     * Deletes, inside the caller's transaction, the records of the plan's blocks and the review pairs of their rows,
     * before those blocks are matched again. Returns how many records it deleted.
     */
    int clear(TouchedBlocks.Plan plan) {
        if (plan.everything()) {
            Integer all = jdbc.queryForObject("SELECT COUNT(*) FROM consolidated_record", Integer.class);
            clear();
            return all == null ? 0 : all;
        }
        if (plan.touched().isEmpty()) {
            return 0;
        }
        // one pass over the rows of the touched blocks finds both their records and their keys
        java.util.Set<String> ids = new java.util.HashSet<>();
        List<String> keys = new ArrayList<>();
        jdbc.query("SELECT l.record_id, " + TouchedBlocks.KEY_OF_ROW_SQL + " FROM source_row r"
                + " JOIN submission s ON s.id = r.submission_id LEFT JOIN record_link l ON l.source_row_id = r.id"
                + " WHERE " + plan.condition(), rs -> {
                    if (rs.getString(1) != null) {
                        ids.add(rs.getString(1));
                    }
                    keys.add(rs.getString(2));
                }, plan.arguments());
        deleteIn(List.copyOf(ids), "DELETE FROM record_link WHERE record_id", "DELETE FROM match_evidence WHERE record_id",
                "DELETE FROM consolidated_record WHERE id");
        // a pair's two rows lie in one block; either key finds it
        deleteIn(keys, "DELETE FROM review_pair WHERE source_key_a", "DELETE FROM review_pair WHERE source_key_b");
        return ids.size();
    }

    private void deleteIn(List<String> values, String... statements) {
        for (int from = 0; from < values.size(); from += BATCH) {
            Object[] part = values.subList(from, Math.min(values.size(), from + BATCH)).toArray();
            String in = " IN (" + String.join(", ", java.util.Collections.nCopies(part.length, "?")) + ")";
            for (String statement : statements) {
                jdbc.update(statement + in, part);
            }
        }
    }

    /** A sink that writes records and review pairs in JDBC batches; call {@link Writer#flush()} at the end. */
    public Writer writer() {
        return new Writer();
    }

    /** Writes in batches of {@value #BATCH} records, so memory holds one batch whatever the total. */
    public final class Writer implements ConsolidationSink {

        private final List<Object[]> records = new ArrayList<>();
        private final List<Object[]> links = new ArrayList<>();
        private final List<Object[]> evidence = new ArrayList<>();
        private final List<Object[]> pairs = new ArrayList<>();

        @Override
        public void record(ConsolidatedRecord r) {
            SourceRow v = r.chosen();
            records.add(new Object[] {r.id(), r.type().code(), date(v.start()), date(v.end()), v.country(),
                    cut(v.partner(), 1024), cut(v.title(), 1024), cut(v.decision(), 255), cut(v.leader(), 512),
                    cut(v.purpose(), 1024), v.count(), v.totalCount(), cut(v.organiser(), 512),
                    cut(v.location(), 512), v.level(), v.committedUsd(), v.disbursedUsd(),
                    v.month() == null ? null : Date.valueOf(v.month().atDay(1)), v.cases(), v.legalizations(),
                    cut(v.note(), 2000), r.conflicts().isEmpty() ? null : JSON.writeValueAsString(r.conflicts())});
            for (int i = 0; i < r.sources().size(); i++) {
                links.add(new Object[] {r.sources().get(i).sourceRowId(), r.id(), i});
            }
            for (MatchEvidence e : r.evidence()) {
                evidence.add(new Object[] {r.id(), e.sourceRowIdA(), e.sourceRowIdB(), cut(e.rule(), 64), e.score(),
                        cut(e.explanation(), 2000)});
            }
            if (records.size() >= BATCH) {
                flushRecords();
            }
        }

        @Override
        public void reviewPair(ReviewPair p) {
            pairs.add(new Object[] {p.sourceKeyA(), p.sourceKeyB(), p.score(), cut(p.explanation(), 2000)});
            if (pairs.size() >= BATCH) {
                flushPairs();
            }
        }

        public void flush() {
            flushRecords();
            flushPairs();
        }

        private void flushRecords() {
            jdbc.batchUpdate("""
                    INSERT INTO consolidated_record (id, type, start_date, end_date, country, partner, title, decision,
                        leader, purpose, cnt, total_cnt, organiser, location, level, committed_usd, disbursed_usd,
                        month, cases, legalizations, note, conflicts)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", records);
            jdbc.batchUpdate("INSERT INTO record_link (source_row_id, record_id, precedence) VALUES (?, ?, ?)", links);
            jdbc.batchUpdate("""
                    INSERT INTO match_evidence (record_id, source_row_a, source_row_b, rule, score, explanation)
                    VALUES (?, ?, ?, ?, ?, ?)""", evidence);
            records.clear();
            links.clear();
            evidence.clear();
        }

        private void flushPairs() {
            jdbc.batchUpdate("""
                    INSERT IGNORE INTO review_pair (source_key_a, source_key_b, score, explanation)
                    VALUES (?, ?, ?, ?)""", pairs);
            pairs.clear();
        }
    }

    private static Date date(java.time.LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
