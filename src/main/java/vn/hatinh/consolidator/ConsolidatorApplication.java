package vn.hatinh.consolidator;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Spring context of the consolidator; started by the command line (see cli.Main). */
@SpringBootApplication
@EnableConfigurationProperties(ConsolidatorProperties.class)
public class ConsolidatorApplication {
}
