package vn.hatinh.consolidator.consolidate;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The consolidation step of the ingest job: one tasklet in one transaction, because finding the touched blocks,
 * deleting their records and matching them again must be seen whole or not at all (a reader of the store never meets
 * a block half rebuilt); the work of an incremental run is a few hundred rows.
 */
@Configuration(proxyBeanMethods = false)
public class ConsolidateStepConfiguration {

    @Bean
    public Step consolidateRecords(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                   ConsolidationTasklet tasklet) {
        return new StepBuilder("consolidateRecords", jobRepository).tasklet(tasklet, transactionManager).build();
    }
}
