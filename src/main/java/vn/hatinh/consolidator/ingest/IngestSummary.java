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
                          long recordsWithConflicts, long reviewPairs, int executions) {

        /** The work was begun by an earlier execution that failed or was stopped, and finished by a later one. */
        public boolean resumed() {
            return executions > 1;
        }
    }

    /**
     * Figures for the files first seen by any execution of this execution's job instance (a resumed run reports
     * what the whole run did, not only what its last execution added), and the store's consolidated totals.
     */
    public Figures of(long jobExecutionId) {
        long instance = jdbc.sql("SELECT JOB_INSTANCE_ID FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?")
                .param(jobExecutionId).query(Long.class).single();
        String sameRun = "job_execution_id IN (SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID = ?)";
        int executions = jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID = ?")
                .param(instance).query(Integer.class).single();
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (SubmissionStatus s : new SubmissionStatus[] {SubmissionStatus.ACCEPTED, SubmissionStatus.SUPERSEDED,
                SubmissionStatus.DUPLICATE, SubmissionStatus.REJECTED, SubmissionStatus.IGNORED}) {
            byStatus.put(s.name(), 0);
        }
        jdbc.sql("SELECT status, COUNT(*) AS n FROM submission WHERE " + sameRun + " GROUP BY status")
                .param(instance)
                .query((rs, n) -> byStatus.put(rs.getString("status"), rs.getInt("n"))).list();
        long accepted = jdbc.sql("SELECT COALESCE(SUM(rows_accepted), 0) FROM submission WHERE " + sameRun
                + " AND status IN ('ACCEPTED', 'SUPERSEDED')").param(instance).query(Long.class).single();
        long rejected = jdbc.sql("SELECT COALESCE(SUM(rows_rejected), 0) FROM submission WHERE " + sameRun
                + " AND status IN ('ACCEPTED', 'SUPERSEDED')").param(instance).query(Long.class).single();
        long records = count("SELECT COUNT(*) FROM consolidated_record");
        long conflicts = count("SELECT COUNT(*) FROM consolidated_record WHERE conflicts IS NOT NULL");
        long review = count("SELECT COUNT(*) FROM review_pair");
        return new Figures(byStatus, accepted, rejected, records, conflicts, review, executions);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
