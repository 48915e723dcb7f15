package vn.hatinh.consolidator.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;

import javax.sql.DataSource;

import org.springframework.core.env.Environment;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.stereotype.Component;

import vn.hatinh.consolidator.ConsolidatorProperties;

/**
 * Backs up the store this application is connected to, whichever way the command reached it (embedded server, an
 * existing server, or the server a running {@code serve} holds): the address is the data source's own, so the dump is
 * of exactly the database the application writes to.
 */
@Component
public class StoreBackups {

    private final DataSource dataSource;
    private final Environment environment;
    private final ConsolidatorProperties properties;

    public StoreBackups(DataSource dataSource, Environment environment, ConsolidatorProperties properties) {
        this.dataSource = dataSource;
        this.environment = environment;
        this.properties = properties;
    }

    public StoreBackup.Written backupTo(Path out) throws IOException, InterruptedException {
        return new StoreBackup(ClientTools.in(dataDir())).write(database(), properties.archiveDir(), out);
    }

    private DatabaseAddress database() {
        if (dataSource instanceof HikariDataSource hikari) {
            return DatabaseAddress.of(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
        }
        return DatabaseAddress.of(environment.getRequiredProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username", "root"),
                environment.getProperty("spring.datasource.password", ""));
    }

    /** A new backup in {@code folder}, named after {@code at} so that names sort by age. */
    public StoreBackup.Written backupInto(Path folder, ZonedDateTime at) throws IOException, InterruptedException {
        return backupTo(folder.resolve(BackupRetention.fileName(at)));
    }

    /** The archive folder lives in the data directory, and so do the client programs (see {@link ClientTools}). */
    private Path dataDir() {
        Path archive = properties.archiveDir().toAbsolutePath().normalize();
        return archive.getParent() == null ? archive : archive.getParent();
    }
}
