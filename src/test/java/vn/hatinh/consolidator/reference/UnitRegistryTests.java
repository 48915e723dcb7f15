package vn.hatinh.consolidator.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class UnitRegistryTests {

    private final UnitRegistry registry = UnitRegistry.load(Path.of("jobs/reference/units.csv"));

    @Test
    void resolvesCodesAndNamesWithOrWithoutDiacritics() {
        assertThat(registry.resolve("NX")).map(Unit::code).contains("NX");
        assertThat(registry.resolve("sngv")).map(Unit::code).contains("SNGV");
        assertThat(registry.resolve("UBND huyện Nghi Xuân")).map(Unit::code).contains("NX");
        assertThat(registry.resolve("UBND huyen Nghi Xuan")).map(Unit::code).contains("NX");
        assertThat(registry.resolve("Sở Y tế")).map(Unit::code).contains("SYT");
        assertThat(registry.resolve("So Y te")).map(Unit::code).contains("SYT");
        assertThat(registry.resolve("Báo cáo của UBND huyện Đức Thọ")).map(Unit::code).contains("DT");
        assertThat(registry.resolve("Bộ Chỉ huy Quân sự tỉnh")).map(Unit::code).contains("BCHQS");
    }

    @Test
    void unknownTextResolvesToNothing() {
        assertThat(registry.resolve("Công ty ABC")).isEmpty();
        assertThat(registry.resolve("")).isEmpty();
    }

    @Test
    void levelsComeFromTheRegistry() {
        assertThat(registry.byCode("SNGV")).map(Unit::level).contains(1);
        assertThat(registry.byCode("SYT")).map(Unit::level).contains(2);
        assertThat(registry.byCode("KA")).map(Unit::level).contains(3);
    }
}
