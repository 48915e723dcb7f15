package vn.hatinh.consolidator.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;

class EmbeddedMariaDbIntegrationTests {

    @Test
    void startsARealServerAndKeepsDataAcrossRestarts() throws Exception {
        Path dir = Path.of("target/it-data/embedded-" + System.nanoTime());
        try (DataDirLock lock = DataDirLock.acquire(dir, java.time.Duration.ofSeconds(1))) {
            try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dir);
                 Connection c = DriverManager.getConnection(db.jdbcUrl(), "root", "")) {
                c.createStatement().execute("CREATE TABLE t (v VARCHAR(20))");
                c.createStatement().execute("INSERT INTO t VALUES ('Hà Tĩnh')");
            }
            try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dir);
                 Connection c = DriverManager.getConnection(db.jdbcUrl(), "root", "");
                 ResultSet rs = c.createStatement().executeQuery("SELECT v, VERSION() FROM t")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Hà Tĩnh");
                assertThat(rs.getString(2)).contains("MariaDB");
            }
        }
    }
}
