package vn.hatinh.consolidator.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import vn.hatinh.consolidator.support.CapturedRun;
import vn.hatinh.consolidator.support.TestDatabase;

/**
 * Commands skip Flyway when the store's schema is current; a store that is behind (created by an older build) is
 * still migrated before any command uses it, and a store with a failed migration is never taken as current.
 */
class StoreSchemaIntegrationTests {

    @Test
    void aStoreBehindIsMigratedBeforeACommandReadsIt() throws Exception {
        String url = TestDatabase.newDatabase("behind");
        Flyway.configure().dataSource(url, "root", "").locations(StoreSchema.LOCATION).target("5").load().migrate();
        assertThat(tables(url)).doesNotContain("match_parameters", "console_user");

        Path csv = Path.of("target", "schema-behind-" + System.nanoTime() + ".csv").toAbsolutePath();
        CapturedRun.Result export = CapturedRun.run("export", "submissions", "--out", csv.toString(), "--db-url", url);

        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out()).contains("Đã ghi 0 tệp");
        assertThat(tables(url)).contains("match_parameters", "console_user");
        assertThat(appliedVersions(url)).endsWith(StoreSchema.highestPackagedVersion().stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(".")));
        // now current: nothing left to migrate
        assertThat(StoreSchema.bringUpToDate(url, "root", "")).isFalse();
    }

    @Test
    void aNewDatabaseIsMigratedAndACurrentOneIsLeftAlone() throws Exception {
        String url = TestDatabase.newDatabase("fresh");

        assertThat(StoreSchema.bringUpToDate(url, "root", "")).isTrue();
        List<String> applied = appliedVersions(url);
        assertThat(StoreSchema.bringUpToDate(url, "root", "")).isFalse();
        assertThat(appliedVersions(url)).isEqualTo(applied);
    }

    @Test
    void aFailedMigrationIsNeverTakenForACurrentSchema() throws Exception {
        String url = TestDatabase.newDatabase("failed");
        StoreSchema.bringUpToDate(url, "root", "");
        try (Connection c = DriverManager.getConnection(url, "root", "")) {
            c.createStatement().executeUpdate("UPDATE flyway_schema_history SET success = 0 ORDER BY installed_rank DESC LIMIT 1");
        }

        // Flyway runs, and refuses the store with its own account of the failed migration
        assertThatThrownBy(() -> StoreSchema.bringUpToDate(url, "root", "")).hasMessageContaining("failed");
    }

    private static List<String> tables(String url) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "root", "");
                var r = c.createStatement().executeQuery("SHOW TABLES")) {
            while (r.next()) {
                names.add(r.getString(1).toLowerCase());
            }
        }
        return names;
    }

    private static List<String> appliedVersions(String url) throws Exception {
        List<String> versions = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "root", "");
                var r = c.createStatement().executeQuery(
                        "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank")) {
            while (r.next()) {
                versions.add(r.getString(1));
            }
        }
        return versions;
    }
}
