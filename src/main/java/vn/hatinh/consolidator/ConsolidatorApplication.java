package vn.hatinh.consolidator;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Spring context of the consolidator; started by the command line (see cli.Main). */
@SpringBootApplication
@EnableConfigurationProperties({ConsolidatorProperties.class, vn.hatinh.consolidator.ingest.IngestSettings.class})
public class ConsolidatorApplication {
}
