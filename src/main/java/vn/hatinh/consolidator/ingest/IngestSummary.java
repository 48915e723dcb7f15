package vn.hatinh.consolidator.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the operator reads after a run: files by status, rows, records, conflicts. */
@Component
public class IngestSummary {

    private final JdbcClient jdbc;

    public IngestSummary(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Figures(Map<String, Integer> filesByStatus, long rowsAccepted, long rowsRejected, long records,
                          long recordsWithConflicts, long reviewPairs) {
    }

    /** Figures for the files first seen by one execution, and the store's consolidated totals. */
    public Figures of(long jobExecutionId) {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (SubmissionStatus s : new SubmissionStatus[] {SubmissionStatus.ACCEPTED, SubmissionStatus.SUPERSEDED,
                SubmissionStatus.DUPLICATE, SubmissionStatus.REJECTED, SubmissionStatus.IGNORED}) {
            byStatus.put(s.name(), 0);
        }
        jdbc.sql("SELECT status, COUNT(*) AS n FROM submission WHERE job_execution_id = ? GROUP BY status")
                .param(jobExecutionId)
                .query((rs, n) -> byStatus.put(rs.getString("status"), rs.getInt("n"))).list();
        long accepted = jdbc.sql("""
                SELECT COALESCE(SUM(rows_accepted), 0) FROM submission WHERE job_execution_id = ?
                   AND status IN ('ACCEPTED', 'SUPERSEDED')""").param(jobExecutionId).query(Long.class).single();
        long rejected = jdbc.sql("""
                SELECT COALESCE(SUM(rows_rejected), 0) FROM submission WHERE job_execution_id = ?
                   AND status IN ('ACCEPTED', 'SUPERSEDED')""").param(jobExecutionId).query(Long.class).single();
        long records = count("SELECT COUNT(*) FROM consolidated_record");
        long conflicts = count("SELECT COUNT(*) FROM consolidated_record WHERE conflicts IS NOT NULL");
        long review = count("SELECT COUNT(*) FROM review_pair");
        return new Figures(byStatus, accepted, rejected, records, conflicts, review);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
