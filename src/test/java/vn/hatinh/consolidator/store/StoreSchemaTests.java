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
        // every V<version>__*.sql of the migrations folder, versions with parts (V8_1__) included, compared part by
        // part: the highest must be the one returned
        List<Integer> highest;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration"))) {
            highest = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V[\\d_.]+__.+\\.sql"))
                    .map(n -> StoreSchema.parse(n.substring(1, n.indexOf("__"))))
                    .max(StoreSchema.VERSION_ORDER).orElseThrow();
        }
        assertThat(StoreSchema.highestPackagedVersion()).isEqualTo(highest);
    }
}
