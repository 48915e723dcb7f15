package vn.hatinh.consolidator.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Versions are compared as Flyway orders them, part by part, never as text. */
class StoreSchemaTests {

    @Test
    void versionsCompareByNumberPartByPart() {
        assertThat(StoreSchema.VERSION_ORDER.compare(StoreSchema.parse("10"), StoreSchema.parse("9"))).isPositive();
        assertThat(StoreSchema.VERSION_ORDER.compare(StoreSchema.parse("1.10"), StoreSchema.parse("1.9"))).isPositive();
        assertThat(StoreSchema.VERSION_ORDER.compare(StoreSchema.parse("2"), StoreSchema.parse("1.9.9"))).isPositive();
        assertThat(StoreSchema.VERSION_ORDER.compare(StoreSchema.parse("1.0"), StoreSchema.parse("1"))).isZero();
        assertThat(StoreSchema.VERSION_ORDER.compare(StoreSchema.parse("7_1"), StoreSchema.parse("7.2"))).isNegative();
    }

    @Test
    void theHighestPackagedMigrationIsFoundOnTheClasspath() throws Exception {
        // every V<n>__*.sql of the migrations folder, whatever their number: the highest must be the one returned
        int highest;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration"))) {
            highest = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.+\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
        assertThat(StoreSchema.highestPackagedVersion()).isEqualTo(List.of(highest));
    }
}
