package vn.hatinh.consolidator.web;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hatinh.consolidator.ingest.Period;
import vn.hatinh.consolidator.reference.ReferenceData;
import vn.hatinh.consolidator.reference.Unit;

/**
 * Until the store's completeness service exists: every unit of the registry valid during the period, received when it
 * has an accepted or superseded file declaring a period inside the one asked, missing otherwise (every unit is taken
 * as expected; timeliness is not judged here).
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnMissingBean(value = CompletenessView.class, ignored = SubmissionCompletenessView.class)
class SubmissionCompletenessView implements CompletenessView {

    private final JdbcClient jdbc;
    private final ReferenceData reference;

    SubmissionCompletenessView(JdbcClient jdbc, ReferenceData reference) {
        this.jdbc = jdbc;
        this.reference = reference;
    }

    private record Received(int files, int accepted, int rejected, Timestamp last) {
    }

    @Override
    public List<Row> rows(Period period) {
        Map<String, Received> byUnit = new HashMap<>();
        jdbc.sql("""
                SELECT unit, COUNT(*), SUM(rows_accepted), SUM(rows_rejected), MAX(COALESCE(modified_at, seen_at))
                  FROM submission
                 WHERE status IN ('ACCEPTED', 'SUPERSEDED') AND unit IS NOT NULL
                   AND period_from >= ? AND period_to <= ?
                 GROUP BY unit""")
                .params(period.from(), period.to())
                .query(rs -> {
                    byUnit.put(rs.getString(1), new Received(rs.getInt(2), rs.getInt(3), rs.getInt(4),
                            rs.getTimestamp(5)));
                });
        List<Row> rows = new ArrayList<>();
        for (Unit u : reference.units().units()) {
            boolean exists = (u.validFrom() == null || !u.validFrom().isAfter(period.to()))
                    && (u.validTo() == null || !u.validTo().isBefore(period.from()));
            Received r = byUnit.get(u.code());
            if (!exists && r == null) {
                continue;
            }
            rows.add(r == null
                    ? new Row(u.code(), u.name(), true, Status.MISSING, 0, 0, 0, null)
                    : new Row(u.code(), u.name(), true, Status.RECEIVED, r.files(), r.accepted(), r.rejected(),
                    r.last() == null ? null : r.last().toLocalDateTime()));
        }
        return rows;
    }
}
