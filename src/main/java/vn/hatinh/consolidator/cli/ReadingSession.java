package vn.hatinh.consolidator.cli;

import java.nio.file.Path;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;

import vn.hatinh.consolidator.ConsolidatorProperties;
import vn.hatinh.consolidator.completeness.Completeness;
import vn.hatinh.consolidator.consolidate.ConsolidatedRecords;
import vn.hatinh.consolidator.ingest.IngestExports;
import vn.hatinh.consolidator.reference.ReferenceData;
import vn.hatinh.consolidator.schedule.JobHistory;
import vn.hatinh.consolidator.store.StoreUnavailableException;

/**
 * The store for a command that only reads it and prints or writes a file (an export, {@code review list}, {@code jobs
 * list}): one connection and the few objects such a command queries through, built by hand. No Spring context: building
 * even a small lazy one cost about two seconds of such a command on two cores, most of its time once the server had
 * started. The objects are the application's own components, constructed with what the context would have given them.
 */
final class ReadingSession implements AutoCloseable {

    private final StoreAccess store;
    private final Path operatorDir;
    private SingleConnectionDataSource dataSource;
    private ReferenceData reference;

    private ReadingSession(StoreAccess store, Path operatorDir) {
        this.store = store;
        this.operatorDir = operatorDir;
    }

    static ReadingSession open(GlobalOptions options) {
        Path operatorDir = options.operatorDir();
        return new ReadingSession(StoreAccess.open(options), operatorDir);
    }

    /** The reference data (unit registry, countries) from the operator's folder; read while the server starts. */
    ReferenceData reference() {
        if (reference == null) {
            reference = new ReferenceData(new ConsolidatorProperties(operatorDir, store.archiveDir(), null, null));
        }
        return reference;
    }

    JdbcTemplate jdbcTemplate() {
        return new JdbcTemplate(dataSource());
    }

    JdbcClient jdbcClient() {
        return JdbcClient.create(dataSource());
    }

    IngestExports exports() {
        return new IngestExports(jdbcTemplate());
    }

    ConsolidatedRecords records() {
        ReferenceData data = reference();
        return new ConsolidatedRecords(jdbcTemplate(), data);
    }

    Completeness completeness() {
        ReferenceData data = reference();
        return new Completeness(jdbcClient(), data);
    }

    /** Spring Batch's repository over the same tables the jobs write, as the application configures it. */
    JobRepository jobRepository() {
        JdbcJobRepositoryFactoryBean factory = new JdbcJobRepositoryFactoryBean();
        factory.setDataSource(dataSource());
        factory.setTransactionManager(new JdbcTransactionManager(dataSource()));
        try {
            factory.afterPropertiesSet();
            return factory.getObject();
        } catch (Exception e) {
            throw new StoreUnavailableException("Không đọc được lịch sử các lần chạy: " + e.getMessage(), e);
        }
    }

    JobHistory jobHistory() {
        return new JobHistory(jobRepository());
    }

    /** One connection, opened once the store is ready and kept for the command. */
    private SingleConnectionDataSource dataSource() {
        if (dataSource == null) {
            store.startup().awaitReady();
            dataSource = new SingleConnectionDataSource(store.url(), store.settings().user(),
                    store.settings().password() == null ? "" : store.settings().password(), true);
        }
        return dataSource;
    }

    @Override
    public void close() {
        try {
            if (dataSource != null) {
                dataSource.destroy();
            }
        } finally {
            store.close();
        }
    }
}
