package vn.hatinh.consolidator.ingest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.database.JdbcBatchItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.support.MariaDBPagingQueryProvider;
import org.springframework.batch.infrastructure.item.database.builder.JdbcBatchItemWriterBuilder;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The submission table: ingest is the only writer. */
@Repository
public class SubmissionStore {

    private static final RowMapper<Submission> MAPPER = SubmissionStore::map;

    private final JdbcClient jdbc;

    public SubmissionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String inbox, String path, Long size, LocalDateTime modifiedAt, String sha256, String unit,
                       SubmissionStatus status, String reason, Long duplicateOf, Long jobExecutionId) {
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO submission (inbox, path, size_bytes, modified_at, sha256, unit, unit_source, status, reason,
                                        duplicate_of, job_execution_id, seen_at)
                VALUES (:inbox, :path, :size, :modified, :sha, :unit, :unitSource, :status, :reason, :dup, :exec, NOW(3))
                """)
                .param("inbox", inbox).param("path", path).param("size", size)
                .param("modified", modifiedAt == null ? null : Timestamp.valueOf(modifiedAt))
                .param("sha", sha256).param("unit", unit).param("unitSource", unit == null ? null : "FOLDER")
                .param("status", status.name()).param("reason", reason).param("dup", duplicateOf)
                .param("exec", jobExecutionId)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<Submission> find(long id) {
        return jdbc.sql("SELECT * FROM submission WHERE id = ?").param(id).query(MAPPER).optional();
    }

    /** A file already recorded at this place with this exact content (or, unhashed, this size and time). */
    /** Every file of the inbox that earlier scans recorded, as {@link SeenFiles}. */
    SeenFiles seenIn(String inbox) {
        java.util.Set<SeenFiles.Unchanged> unchanged = new java.util.HashSet<>();
        java.util.Set<String> ignored = new java.util.HashSet<>();
        jdbc.sql("SELECT path, size_bytes, modified_at, status FROM submission WHERE inbox = ?").param(inbox)
                .query(rs -> {
                    String path = rs.getString("path");
                    if ("IGNORED".equals(rs.getString("status"))) {
                        ignored.add(path);
                    }
                    Timestamp modified = rs.getTimestamp("modified_at");
                    long size = rs.getLong("size_bytes");
                    if (modified != null && !rs.wasNull()) {
                        unchanged.add(new SeenFiles.Unchanged(path, size, modified.toLocalDateTime()));
                    }
                });
        return new SeenFiles(unchanged, ignored);
    }

    public Optional<Submission> findByPathAndHash(String inbox, String path, String sha256) {
        return jdbc.sql("SELECT * FROM submission WHERE inbox = ? AND path = ? AND sha256 = ? ORDER BY id LIMIT 1")
                .params(inbox, path, sha256).query(MAPPER).optional();
    }

    /** The first file ever taken in with this content (not itself a duplicate). */
    public Optional<Submission> findOriginal(String sha256) {
        return jdbc.sql("""
                SELECT * FROM submission WHERE sha256 = ? AND status NOT IN ('DUPLICATE', 'IGNORED')
                ORDER BY id LIMIT 1""").param(sha256).query(MAPPER).optional();
    }

    public List<Submission> withStatus(SubmissionStatus status) {
        return jdbc.sql("SELECT * FROM submission WHERE status = ? ORDER BY id").param(status.name()).query(MAPPER)
                .list();
    }

    public Optional<Submission> firstWithStatus(SubmissionStatus status) {
        return jdbc.sql("SELECT * FROM submission WHERE status = ? ORDER BY id LIMIT 1").param(status.name())
                .query(MAPPER).optional();
    }

    public List<Submission> all() {
        return jdbc.sql("SELECT * FROM submission ORDER BY inbox, path, id").query(MAPPER).list();
    }

    /**
     * The processed files not archived yet, a page at a time by id (each page starts after the last id read, so the
     * files archived meanwhile never shift it). The archived flag is the reader's position (the process indicator
     * pattern): the reader saves no state, a restart simply reads what is still not archived.
     */
    public JdbcPagingItemReader<Submission> notArchivedReader(DataSource dataSource) {
        MariaDBPagingQueryProvider query = new MariaDBPagingQueryProvider();
        query.setSelectClause("SELECT *");
        query.setFromClause("FROM submission");
        query.setWhereClause("archived = FALSE AND status IN ('ACCEPTED', 'SUPERSEDED', 'REJECTED', 'DUPLICATE')");
        query.setSortKeys(Map.of("id", Order.ASCENDING));
        try {
            return new JdbcPagingItemReaderBuilder<Submission>()
                    .name("notArchived")
                    .dataSource(dataSource)
                    .queryProvider(query)
                    .rowMapper(MAPPER)
                    .pageSize(100)
                    .saveState(false)
                    .build();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot build the archive step's reader", e);
        }
    }

    /** Marks files archived, a chunk at a time. */
    public JdbcBatchItemWriter<SubmissionArchiver.Archived> archivedWriter(DataSource dataSource) {
        return new JdbcBatchItemWriterBuilder<SubmissionArchiver.Archived>()
                .dataSource(dataSource)
                .sql("UPDATE submission SET archived = TRUE, archived_path = ?, feedback_path = ? WHERE id = ?")
                .itemPreparedStatementSetter((a, ps) -> {
                    ps.setString(1, a.archivedPath());
                    ps.setString(2, a.feedbackPath());
                    ps.setLong(3, a.submissionId());
                })
                .build();
    }

    public void markLoaded(long id, String unit, String unitSource, WorkbookReading reading, int accepted,
                           int rejected) {
        jdbc.sql("""
                UPDATE submission SET status = 'LOADED', reason = NULL, unit = :unit, unit_source = :unitSource,
                       period_from = :from, period_to = :to, period_label = :label, prepared_on = :prepared,
                       rows_accepted = :accepted, rows_rejected = :rejected
                 WHERE id = :id""")
                .param("unit", unit).param("unitSource", unitSource)
                .param("from", reading.period() == null ? null : reading.period().from())
                .param("to", reading.period() == null ? null : reading.period().to())
                .param("label", reading.periodLabel()).param("prepared", reading.preparedOn())
                .param("accepted", accepted).param("rejected", rejected).param("id", id)
                .update();
    }

    public void markRejected(long id, String unit, String reason) {
        jdbc.sql("""
                UPDATE submission SET status = 'REJECTED', reason = :reason, unit = COALESCE(unit, :unit),
                       rows_accepted = 0, rows_rejected = 0 WHERE id = :id""")
                .param("reason", reason).param("unit", unit).param("id", id).update();
    }

    public void markAccepted(long id) {
        jdbc.sql("UPDATE submission SET status = 'ACCEPTED', superseded_by = NULL, reason = NULL WHERE id = ?")
                .param(id).update();
    }

    public void markSuperseded(long id, long by, String reason) {
        jdbc.sql("UPDATE submission SET status = 'SUPERSEDED', superseded_by = ?, reason = ? WHERE id = ?")
                .params(by, reason, id).update();
    }

    private static Submission map(ResultSet rs, int n) throws SQLException {
        Timestamp modified = rs.getTimestamp("modified_at");
        return new Submission(rs.getLong("id"), rs.getString("inbox"), rs.getString("path"),
                (Long) rs.getObject("size_bytes", Long.class),
                modified == null ? null : modified.toLocalDateTime(), rs.getString("sha256"), rs.getString("unit"),
                SubmissionStatus.valueOf(rs.getString("status")), rs.getString("reason"),
                rs.getObject("duplicate_of", Long.class), rs.getObject("superseded_by", Long.class),
                rs.getObject("period_from", java.time.LocalDate.class),
                rs.getObject("period_to", java.time.LocalDate.class), rs.getString("period_label"),
                rs.getObject("prepared_on", java.time.LocalDate.class), rs.getInt("rows_accepted"),
                rs.getInt("rows_rejected"), rs.getBoolean("archived"), rs.getString("archived_path"),
                rs.getString("feedback_path"));
    }
}
