package vn.hatinh.consolidator.ingest;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.batch.infrastructure.item.database.JdbcBatchItemWriter;
import org.springframework.batch.infrastructure.item.database.builder.JdbcBatchItemWriterBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The source_row and source_table tables: every data row read, accepted or rejected, with its provenance. */
@Repository
public class SourceRowStore {

    public static final int BATCH_SIZE = 1000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String INSERT = """
            INSERT INTO source_row (submission_id, sheet, row_no, type, accepted, rejection, start_date, end_date,
                country, partner, title, decision, leader, purpose, cnt, total_cnt, organiser, location, level,
                committed_usd, disbursed_usd, month, cases, legalizations, note, extra, cells)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    /** The driver streams these results a fetch at a time instead of reading them whole. */
    private final JdbcTemplate streaming;

    public SourceRowStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(BATCH_SIZE);
    }

    /** Removes what an interrupted earlier attempt stored for this submission, so a retry never doubles rows. */
    public void deleteForSubmission(long submissionId) {
        jdbc.update("DELETE FROM source_row WHERE submission_id = ?", submissionId);
        jdbc.update("DELETE FROM source_table WHERE submission_id = ?", submissionId);
    }

    public void insertTables(long submissionId, List<WorkbookReading.FoundTable> tables) {
        for (WorkbookReading.FoundTable t : tables) {
            jdbc.update("""
                    INSERT INTO source_table (submission_id, sheet, header_row, type, header_cells) VALUES (?, ?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE type = VALUES(type), header_cells = VALUES(header_cells)""",
                    submissionId, t.sheet(), t.headerRow(), t.type() == null ? "mixed" : t.type().code(),
                    JSON.writeValueAsString(t.headerCells()));
        }
    }

    /**
     * Spring Batch's JDBC writer for checked rows: one JDBC batch a chunk, which the driver sends with its bulk
     * protocol (a plain INSERT, never an upsert: a chunk written again after a failure was rolled back with it).
     */
    public JdbcBatchItemWriter<WorkbookItem.RowChecked> rowWriter() {
        return new JdbcBatchItemWriterBuilder<WorkbookItem.RowChecked>()
                .dataSource(jdbc.getDataSource())
                .sql(INSERT)
                .itemPreparedStatementSetter((item, ps) -> bind(ps, item.submissionId(), item.row()))
                .assertUpdates(false)
                .build();
    }

    /** How many rows of a submission are stored: accepted, then rejected. */
    public int[] countsOf(long submissionId) {
        return jdbc.queryForObject("""
                SELECT COALESCE(SUM(accepted), 0), COALESCE(SUM(NOT accepted), 0) FROM source_row
                 WHERE submission_id = ?""", (rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}, submissionId);
    }

    private static void bind(PreparedStatement ps, long submissionId, ParsedRow p) throws SQLException {
        SourceRow r = p.row();
        int i = 1;
        ps.setLong(i++, submissionId);
        ps.setString(i++, truncate(p.sheet(), 255));
        ps.setInt(i++, p.rowNumber());
        ps.setString(i++, p.type().code());
        ps.setBoolean(i++, p.accepted());
        ps.setString(i++, truncate(p.rejection(), 2000));
        setDate(ps, i++, r == null ? null : r.start());
        setDate(ps, i++, r == null ? null : r.end());
        ps.setString(i++, r == null ? null : r.country());
        ps.setString(i++, r == null ? null : truncate(r.partner(), 1024));
        ps.setString(i++, r == null ? null : truncate(r.title(), 1024));
        ps.setString(i++, r == null ? null : truncate(r.decision(), 255));
        ps.setString(i++, r == null ? null : truncate(r.leader(), 512));
        ps.setString(i++, r == null ? null : truncate(r.purpose(), 1024));
        setInt(ps, i++, r == null ? null : r.count());
        setInt(ps, i++, r == null ? null : r.totalCount());
        ps.setString(i++, r == null ? null : truncate(r.organiser(), 512));
        ps.setString(i++, r == null ? null : truncate(r.location(), 512));
        ps.setString(i++, r == null ? null : r.level());
        ps.setBigDecimal(i++, r == null ? null : r.committedUsd());
        ps.setBigDecimal(i++, r == null ? null : r.disbursedUsd());
        setDate(ps, i++, r == null || r.month() == null ? null : r.month().atDay(1));
        setInt(ps, i++, r == null ? null : r.cases());
        setInt(ps, i++, r == null ? null : r.legalizations());
        ps.setString(i++, r == null ? null : truncate(r.note(), 2000));
        ps.setString(i++, r == null || r.extra().isEmpty() ? null : JSON.writeValueAsString(r.extra()));
        ps.setString(i, JSON.writeValueAsString(p.cells()));
    }

    /**
     * The accepted submissions whose rows count now, oldest first: earlier prepared date, then earlier file time,
     * then earlier ingestion (nulls sort first, as MariaDB orders them).
     */
    public List<CountingSubmission> countingSubmissionsOldestFirst() {
        return jdbc.query("""
                SELECT id, unit, path, sha256 FROM submission WHERE status = 'ACCEPTED'
                 ORDER BY prepared_on, modified_at, id""", (rs, n) -> new CountingSubmission(rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    /** An accepted submission, as consolidation needs to know it. */
    public record CountingSubmission(long id, String unit, String path, String sha256) {
    }

    /** An accepted row of an accepted submission. */
    public record CountingRow(long id, long submissionId, SourceRow row) {
    }

    /**
     * The rows of one submission in the order they were read, for feedback, streamed a fetch at a time. The caller
     * must close the stream, and must not run another statement on the same connection before (the driver would read
     * the rest into memory): the archive step reads it on a thread of its own, so on a connection of its own.
     */
    public Stream<ParsedRow> rowsOf(long submissionId) {
        // forced: for a file with a tenth of the table's rows the optimizer prefers scanning the whole table
        return streaming.queryForStream("""
                SELECT * FROM source_row FORCE INDEX (source_row_submission_order)
                 WHERE submission_id = ? ORDER BY id""",
                (rs, n) -> new ParsedRow(RecordType.fromCode(rs.getString("type")), rs.getString("sheet"),
                        rs.getInt("row_no"), JSON.readValue(rs.getString("cells"), new TypeReference<List<String>>() {
                        }), rs.getBoolean("accepted") ? map(rs) : null, rs.getString("rejection")),
                submissionId);
    }

    public List<WorkbookReading.FoundTable> tablesOf(long submissionId) {
        return jdbc.query("SELECT * FROM source_table WHERE submission_id = ? ORDER BY sheet, header_row",
                (rs, n) -> new WorkbookReading.FoundTable(rs.getString("sheet"), rs.getInt("header_row"),
                        "mixed".equals(rs.getString("type")) ? null : RecordType.fromCode(rs.getString("type")),
                        JSON.readValue(rs.getString("header_cells"), new TypeReference<List<String>>() {
                        })), submissionId);
    }

    public static SourceRow mapRow(ResultSet rs) throws SQLException {
        return map(rs);
    }

    static SourceRow map(ResultSet rs) throws SQLException {
        String extra = rs.getString("extra");
        Map<String, String> extraMap = extra == null ? Map.of()
                : JSON.readValue(extra, new TypeReference<LinkedHashMap<String, String>>() {
                });
        LocalDate month = rs.getObject("month", LocalDate.class);
        return new SourceRow(RecordType.fromCode(rs.getString("type")), rs.getString("sheet"), rs.getInt("row_no"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getString("country"), rs.getString("partner"), rs.getString("title"), rs.getString("decision"),
                rs.getString("leader"), rs.getString("purpose"), rs.getObject("cnt", Integer.class),
                rs.getObject("total_cnt", Integer.class), rs.getString("organiser"), rs.getString("location"),
                rs.getString("level"), rs.getObject("committed_usd", BigDecimal.class),
                rs.getObject("disbursed_usd", BigDecimal.class), month == null ? null : YearMonth.from(month),
                rs.getObject("cases", Integer.class), rs.getObject("legalizations", Integer.class),
                rs.getString("note"), extraMap);
    }

    private static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setDate(i, Date.valueOf(d));
        }
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
