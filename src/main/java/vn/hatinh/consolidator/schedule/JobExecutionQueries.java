package vn.hatinh.consolidator.schedule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.converter.DateToStringConverter;
import org.springframework.batch.core.converter.LocalDateTimeToStringConverter;
import org.springframework.batch.core.converter.LocalDateToStringConverter;
import org.springframework.batch.core.converter.LocalTimeToStringConverter;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds executions by their parameters with one query on Spring Batch's own tables, since the job repository
 * looks executions up by instance only. "The same work" means: the same value, byte for byte, for each of the
 * named parameters. Only the last execution of each instance is considered, as Batch restarts that one.
 */
@Component
public class JobExecutionQueries {

    private static final String LAST_OF_ITS_INSTANCE = """
            FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
            WHERE i.JOB_NAME = ?
              AND e.JOB_EXECUTION_ID = (SELECT MAX(x.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION x
                                         WHERE x.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID)""";

    private static final String SAME_VALUE = """
              AND EXISTS (SELECT 1 FROM BATCH_JOB_EXECUTION_PARAMS p WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID
                             AND p.PARAMETER_NAME = ? AND BINARY p.PARAMETER_VALUE = ?)""";

    private final JdbcTemplate jdbc;
    // the conversions the JDBC job repository applies when it stores parameter values
    private final DefaultConversionService conversions = new DefaultConversionService();

    public JobExecutionQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        conversions.addConverter(new DateToStringConverter());
        conversions.addConverter(new LocalDateToStringConverter());
        conversions.addConverter(new LocalTimeToStringConverter());
        conversions.addConverter(new LocalDateTimeToStringConverter());
    }

    /** The id of the latest unfinished (neither completed nor abandoned) execution of the same work, if any. */
    public Optional<Long> latestUnfinished(String jobName, JobParameters work, Collection<String> sameWork) {
        List<Object> arguments = new ArrayList<>(List.of(jobName));
        String sql = "SELECT e.JOB_EXECUTION_ID " + LAST_OF_ITS_INSTANCE + sameValues(work, sameWork, arguments)
                + " AND e.STATUS NOT IN ('COMPLETED', 'ABANDONED') ORDER BY e.JOB_EXECUTION_ID DESC LIMIT 1";
        return jdbc.queryForList(sql, Long.class, arguments.toArray()).stream().findFirst();
    }

    /**
     * The highest value of the long parameter {@code counter} among the instances of the same work, counting an
     * instance whose last execution has not completed as one less (it is still to be finished, not superseded);
     * 0 when there is none. An instance without the parameter counts as 1.
     */
    public long highestCompleted(String jobName, JobParameters work, Collection<String> sameWork, String counter) {
        List<Object> arguments = new ArrayList<>(List.of(counter, jobName));
        String sql = """
                SELECT COALESCE(MAX(CASE WHEN e.STATUS = 'COMPLETED' THEN n ELSE n - 1 END), 0) FROM (
                  SELECT e.STATUS, COALESCE((SELECT CAST(c.PARAMETER_VALUE AS SIGNED) FROM BATCH_JOB_EXECUTION_PARAMS c
                                              WHERE c.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID
                                                AND c.PARAMETER_NAME = ?), 1) AS n
                """ + LAST_OF_ITS_INSTANCE + sameValues(work, sameWork, arguments) + ") e";
        Long highest = jdbc.queryForObject(sql, Long.class, arguments.toArray());
        return highest == null ? 0 : highest;
    }

    private String sameValues(JobParameters work, Collection<String> names, List<Object> arguments) {
        StringBuilder sql = new StringBuilder();
        for (String name : names) {
            JobParameter<?> parameter = work.getParameter(name);
            if (parameter == null) {
                throw new IllegalArgumentException("No parameter " + name + " to compare executions by");
            }
            sql.append(SAME_VALUE);
            arguments.add(name);
            arguments.add(conversions.convert(parameter.value(), String.class));
        }
        return sql.toString();
    }
}
