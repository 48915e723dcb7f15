package vn.hatinh.consolidator.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Brings a store's schema up to the migrations packaged with this build, calling Flyway only when the store is
 * behind. Creating Flyway and validating every migration cost a command a few hundred milliseconds of class loading
 * on every start, while a store is behind only after an upgrade: comparing the highest version applied with the
 * highest version packaged is one query. A failed migration also counts as behind, so that Flyway reports it.
 */
public final class StoreSchema {

    private static final Logger log = LoggerFactory.getLogger(StoreSchema.class);
    static final String LOCATION = "classpath:db/migration";
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");
    private static final String MISSING_TABLE = "42S02";

    private StoreSchema() {
    }

    /** Migrates the store at {@code url} if its schema is older than this build's; returns whether it migrated. */
    public static boolean bringUpToDate(String url, String user, String password) {
        List<Integer> packaged = highestPackagedVersion();
        Optional<List<Integer>> applied;
        try (Connection c = DriverManager.getConnection(url, user, password == null ? "" : password)) {
            applied = highestAppliedVersion(c);
        } catch (SQLException e) {
            throw new StoreUnavailableException("Không kết nối được cơ sở dữ liệu: " + e.getMessage(), e);
        }
        if (applied.isPresent() && VERSION_ORDER.compare(applied.get(), packaged) >= 0) {
            return false;
        }
        log.info("Migrating the store's schema from version {} to {}", applied.map(StoreSchema::format).orElse("none"),
                format(packaged));
        Flyway.configure().dataSource(url, user, password == null ? "" : password).locations(LOCATION).load().migrate();
        return true;
    }

    /**
     * The highest version applied successfully, or empty when the schema was never migrated or a migration failed
     * (Flyway must then run, to apply or to report).
     */
    static Optional<List<Integer>> highestAppliedVersion(Connection c) throws SQLException {
        List<Integer> highest = null;
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
            while (r.next()) {
                if (!r.getBoolean(2)) {
                    return Optional.empty();
                }
                List<Integer> version = parse(r.getString(1));
                if (highest == null || VERSION_ORDER.compare(version, highest) > 0) {
                    highest = version;
                }
            }
        } catch (SQLException e) {
            if (MISSING_TABLE.equals(e.getSQLState())) {
                return Optional.empty();
            }
            throw e;
        }
        return Optional.ofNullable(highest);
    }

    /** The highest version among the versioned migrations of {@link #LOCATION}, by Flyway's naming. */
    static List<Integer> highestPackagedVersion() {
        try {
            List<Integer> highest = List.of();
            for (Resource migration : new PathMatchingResourcePatternResolver(StoreSchema.class.getClassLoader())
                    .getResources(LOCATION + "/*.sql")) {
                Matcher m = VERSIONED.matcher(String.valueOf(migration.getFilename()));
                if (m.matches()) {
                    List<Integer> version = parse(m.group(1));
                    if (VERSION_ORDER.compare(version, highest) > 0) {
                        highest = version;
                    }
                }
            }
            if (highest.isEmpty()) {
                throw new IllegalStateException("No migration found under " + LOCATION);
            }
            return highest;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list the migrations under " + LOCATION, e);
        }
    }

    static List<Integer> parse(String version) {
        List<Integer> parts = new ArrayList<>();
        for (String part : version.split("[._]")) {
            parts.add(Integer.parseInt(part));
        }
        return parts;
    }

    /** Flyway's order: part by part, a missing part counting as 0 (1.1 = 1.1.0). */
    static final Comparator<List<Integer>> VERSION_ORDER = (a, b) -> {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            int x = i < a.size() ? a.get(i) : 0;
            int y = i < b.size() ? b.get(i) : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    };

    private static String format(List<Integer> version) {
        return version.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining("."));
    }
}
