package vn.hatinh.consolidator;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Spring context of the consolidator; started by the command line (see cli.Main). */
@SpringBootApplication
public class ConsolidatorApplication {
}
