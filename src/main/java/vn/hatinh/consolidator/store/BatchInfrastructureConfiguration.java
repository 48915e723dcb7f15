package vn.hatinh.consolidator.store;

import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Batch keeps its metadata in the same MariaDB database as the business tables, through the one DataSource
 * and the one transaction manager, so a step's business writes and its execution context commit together.
 * The schema comes from Flyway (V1), never from Batch itself.
 */
@Configuration(proxyBeanMethods = false)
@EnableBatchProcessing(transactionManagerRef = "transactionManager")
@EnableJdbcJobRepository(dataSourceRef = "dataSource", transactionManagerRef = "transactionManager")
public class BatchInfrastructureConfiguration {
}
