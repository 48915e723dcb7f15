package vn.hatinh.consolidator.consolidate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.hatinh.consolidator.ingest.SourceRowStore;

/** Streams the rows that count now, of every block or of the touched ones, in the order the matcher takes them. */
@Component
public final class CountingRows {

    private static final int FETCH = 1000;

    private final JdbcTemplate jdbc;

    public CountingRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every row that counts now, in consolidation order (for tools measuring the matcher on a whole store). */
    public void forEachCounting(Consumer<SourceRowStore.CountingRow> action) {
        forEach(TouchedBlocks.Plan.all(), action);
    }

    /**
     * Hands each accepted row of an accepted submission in the plan's blocks to the action, by day (start date, else
     * the month's first day), then file and read order (files are read in parallel, so row ids interleave across
     * files), on a connection of its own so the caller's transaction may write meanwhile.
     */
    void forEach(TouchedBlocks.Plan plan, Consumer<SourceRowStore.CountingRow> action) {
        String sql = """
                SELECT r.id, r.submission_id, r.sheet, r.row_no, r.type, r.start_date, r.end_date, r.country,
                       r.partner, r.title, r.decision, r.leader, r.purpose, r.cnt, r.total_cnt, r.organiser,
                       r.location, r.level, r.committed_usd, r.disbursed_usd, r.month, r.cases, r.legalizations,
                       r.note, r.extra
                  FROM source_row r JOIN submission s ON s.id = r.submission_id
                 WHERE """ + TouchedBlocks.COUNTS_SQL + " AND " + plan.condition() + """

                 ORDER BY COALESCE(r.start_date, r.month, DATE '0001-01-01'), r.submission_id, r.id""";
        Object[] args = plan.arguments();
        try (Connection c = jdbc.getDataSource().getConnection();
             PreparedStatement ps = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            try (Statement session = c.createStatement()) {
                // the server drops a streaming client that reads nothing for net_write_timeout (60 s by default);
                // the matcher writes batches meanwhile and may pause longer on a slow disk
                session.execute("SET SESSION net_write_timeout = 3600");
            }
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.setFetchSize(FETCH);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    action.accept(new SourceRowStore.CountingRow(rs.getLong("id"), rs.getLong("submission_id"),
                            SourceRowStore.mapRow(rs)));
                }
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Reading the rows to consolidate", e);
        }
    }
}
