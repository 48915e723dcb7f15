package vn.hatinh.consolidator.consolidate;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.hatinh.consolidator.ingest.RecordType;

/**
 * Finds the blocks a run must recompute: those holding a row that arrived (counts but is in no record), a row that
 * stopped counting (superseded, or no longer accepted, yet still in a record), or a row named by an operator decision
 * made, changed or withdrawn since the last run. Blocks are cut over the rows that count now together with the rows
 * the records were built from, so every record of the last run and every record of this one lies wholly inside one
 * block (or one group of blocks joined by an operator merge): deleting the records of the touched blocks and
 * matching their rows again gives what matching every row would give for them, and leaves the others as they are.
 */
@Component
class TouchedBlocks {

    /** Beyond this many touched blocks a run recomputes everything: one pass is then cheaper than many ranges. */
    static final int MOST_BLOCKS = 400;

    /** The blocking key as the matcher compares it: exactly, not by the table's case-insensitive collation. */
    static final String KEY_SQL = """
            (CASE WHEN r.type IN ('outbound', 'inbound') THEN COALESCE(r.country, '')
                  WHEN r.type = 'consular' THEN COALESCE(s.unit, '') ELSE '' END) COLLATE utf8mb4_bin""";
    /** The day a row is placed by: as the matcher orders rows (start, else month), consular work by its month. */
    static final String DAY_SQL = """
            (CASE WHEN r.type = 'consular' AND r.month IS NOT NULL THEN r.month
                  ELSE COALESCE(r.start_date, r.month, DATE '0001-01-01') END)""";
    static final String COUNTS_SQL = "(s.status = 'ACCEPTED' AND r.accepted = TRUE)";
    static final String KEY_OF_ROW_SQL = "CONCAT(s.sha256, ':', r.sheet, ':', r.row_no, ':', r.type)";

    private final JdbcTemplate jdbc;

    TouchedBlocks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What a run recomputes: every block, or these. */
    record Plan(boolean everything, List<Block> touched, int blocks) {

        static Plan all() {
            return new Plan(true, List.of(), -1);
        }

        /** A condition on {@code source_row r JOIN submission s} selecting the rows of the touched blocks. */
        String condition() {
            if (everything) {
                return "TRUE";
            }
            if (touched.isEmpty()) {
                return "FALSE";
            }
            StringBuilder sql = new StringBuilder("(");
            for (int i = 0; i < touched.size(); i++) {
                sql.append(i == 0 ? "" : " OR ").append("(r.type = ? AND ").append(KEY_SQL)
                        .append(" = ? AND ").append(DAY_SQL).append(" BETWEEN ? AND ?)");
            }
            return sql.append(')').toString();
        }

        Object[] arguments() {
            List<Object> args = new ArrayList<>();
            if (!everything) {
                for (Block b : touched) {
                    args.add(b.type().code());
                    args.add(b.key());
                    args.add(Date.valueOf(b.first()));
                    args.add(Date.valueOf(b.last()));
                }
            }
            return args.toArray();
        }
    }

    /** The touched blocks, given the decisions the records reflect and the decisions that hold now. */
    Plan plan(List<ReviewDecision> applied, List<ReviewDecision> now) {
        if (orphanLinks()) {
            // a row the records were built from is gone from the store: its block cannot be found
            return Plan.all();
        }
        List<Block> blocks = new ArrayList<>();
        Map<String, TreeMap<LocalDate, Integer>> index = new HashMap<>();
        Set<Integer> seeds = new HashSet<>();
        cut(blocks, index, seeds);

        UnionFind joined = new UnionFind(blocks.size());
        Set<String> mergeKeys = new HashSet<>();
        Set<ReviewDecision> changed = new HashSet<>(applied);
        Set<ReviewDecision> current = new HashSet<>(now);
        for (ReviewDecision d : applied) {
            if (current.contains(d)) {
                changed.remove(d);
            }
        }
        for (ReviewDecision d : now) {
            if (!applied.contains(d)) {
                changed.add(d);
            }
        }
        Set<String> decidedKeys = new HashSet<>();
        for (ReviewDecision d : changed) {
            decidedKeys.add(d.sourceKeyA());
            decidedKeys.add(d.sourceKeyB());
        }
        List<ReviewDecision> merges = new ArrayList<>();
        for (List<ReviewDecision> list : List.of(applied, now)) {
            for (ReviewDecision d : list) {
                if (d.kind() == ReviewDecision.Kind.MERGE) {
                    merges.add(d);
                    mergeKeys.add(d.sourceKeyA());
                    mergeKeys.add(d.sourceKeyB());
                }
            }
        }
        Set<String> wanted = new HashSet<>(decidedKeys);
        wanted.addAll(mergeKeys);
        Map<String, Integer> blockOfKey = blocksOfKeys(wanted, blocks, index);
        for (String k : decidedKeys) {
            Integer b = blockOfKey.get(k);
            if (b != null) {
                seeds.add(b);
            }
        }
        for (ReviewDecision m : merges) {
            Integer a = blockOfKey.get(m.sourceKeyA());
            Integer b = blockOfKey.get(m.sourceKeyB());
            if (a != null && b != null) {
                joined.union(a, b);
            }
        }
        Set<Integer> touchedRoots = new HashSet<>();
        for (int s : seeds) {
            touchedRoots.add(joined.find(s));
        }
        List<Block> touched = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (touchedRoots.contains(joined.find(i))) {
                touched.add(blocks.get(i));
            }
        }
        if (touched.size() > MOST_BLOCKS) {
            return new Plan(true, List.of(), blocks.size());
        }
        return new Plan(false, touched, blocks.size());
    }

    /**
     * Cuts the rows that count or are in a record into blocks: by type and key, a new block wherever two successive
     * days lie further apart than the type's reach. Reads one line per type, key and day, not per row.
     */
    private void cut(List<Block> blocks, Map<String, TreeMap<LocalDate, Integer>> index, Set<Integer> seeds) {
        String sql = "SELECT r.type, " + KEY_SQL + " AS block_key, " + DAY_SQL + " AS day, MAX(CASE WHEN "
                + COUNTS_SQL + " = (l.source_row_id IS NULL) THEN 1 ELSE 0 END) AS changed"
                + " FROM source_row r JOIN submission s ON s.id = r.submission_id"
                + " LEFT JOIN record_link l ON l.source_row_id = r.id"
                + " WHERE " + COUNTS_SQL + " OR l.source_row_id IS NOT NULL"
                + " GROUP BY r.type, block_key, day ORDER BY r.type, block_key, day";
        Open open = new Open();
        jdbc.query(sql, rs -> {
            RecordType type = RecordType.fromCode(rs.getString(1));
            String key = rs.getString(2);
            LocalDate day = rs.getObject(3, LocalDate.class);
            boolean changed = rs.getInt(4) == 1;
            if (open.type != type || !open.key.equals(key)
                    || java.time.temporal.ChronoUnit.DAYS.between(open.last, day) > Block.reach(type)) {
                open.close(blocks, index);
                open.type = type;
                open.key = key;
                open.first = day;
                open.changed = false;
            }
            open.last = day;
            open.changed |= changed;
            if (open.changed) {
                seeds.add(blocks.size());
            }
        });
        open.close(blocks, index);
    }

    /** The block being cut. */
    private static final class Open {
        RecordType type;
        String key = "";
        LocalDate first;
        LocalDate last;
        boolean changed;

        void close(List<Block> blocks, Map<String, TreeMap<LocalDate, Integer>> index) {
            if (type == null) {
                return;
            }
            index.computeIfAbsent(type.code() + "|" + key, k -> new TreeMap<>()).put(first, blocks.size());
            blocks.add(new Block(type, key, first, last));
            type = null;
        }
    }

    /** The block of each row named by these keys, for the rows that count or are in a record. */
    private Map<String, Integer> blocksOfKeys(Set<String> keys, List<Block> blocks,
                                              Map<String, TreeMap<LocalDate, Integer>> index) {
        Map<String, Integer> found = new HashMap<>();
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> part = all.subList(from, Math.min(all.size(), from + 500));
            String sql = "SELECT " + KEY_OF_ROW_SQL + " AS k, r.type, " + KEY_SQL + " AS block_key, " + DAY_SQL
                    + " AS day FROM source_row r JOIN submission s ON s.id = r.submission_id WHERE " + KEY_OF_ROW_SQL
                    + " IN (" + String.join(", ", java.util.Collections.nCopies(part.size(), "?")) + ")";
            jdbc.query(sql, rs -> {
                TreeMap<LocalDate, Integer> days = index.get(rs.getString(2) + "|" + rs.getString(3));
                if (days == null) {
                    return;
                }
                LocalDate day = rs.getObject(4, LocalDate.class);
                Map.Entry<LocalDate, Integer> e = days.floorEntry(day);
                if (e != null && !day.isAfter(blocks.get(e.getValue()).last())) {
                    found.put(rs.getString(1), e.getValue());
                }
            }, part.toArray());
        }
        return found;
    }

    private boolean orphanLinks() {
        Integer n = jdbc.queryForObject("""
                SELECT COUNT(*) FROM record_link l LEFT JOIN source_row r ON r.id = l.source_row_id
                 WHERE r.id IS NULL""", Integer.class);
        return n != null && n > 0;
    }

    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            parent[find(a)] = find(b);
        }
    }
}
