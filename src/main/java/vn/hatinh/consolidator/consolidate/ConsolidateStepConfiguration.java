package vn.hatinh.consolidator.consolidate;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The consolidation step, a step of the ingest job: rebuild every record in one transaction. */
@Configuration(proxyBeanMethods = false)
public class ConsolidateStepConfiguration {

    @Bean
    public Step consolidateRecords(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                   ConsolidationTasklet tasklet) {
        return new StepBuilder("consolidateRecords", jobRepository).tasklet(tasklet, transactionManager).build();
    }
}
