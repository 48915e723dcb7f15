package vn.hatinh.consolidator.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class PartnerGazetteerTests {

    static final PartnerGazetteer GAZETTEER = PartnerGazetteer.load(Path.of("jobs/reference/partners.csv"),
            Path.of("jobs/reference/countries.csv"));

    @Test
    void aTypoOfAKnownSpellingIsThatPartner() {
        String capital = GAZETTEER.key("Thủ đô Viêng Chăn");
        assertThat(GAZETTEER.key("Thu do Vienitane")).isEqualTo(capital);
        assertThat(GAZETTEER.key("Vientaine")).isEqualTo(capital);
        assertThat(GAZETTEER.key("Bolikhamxya")).isEqualTo(GAZETTEER.key("Borikhamxay"));
        // a mistyped generic word says no more than the word itself
        assertThat(GAZETTEER.key("Nagoya Univeristy")).isEqualTo(GAZETTEER.key("NAGOYA UNIVERSITY"));
        assertThat(GAZETTEER.key("Univeristy of Fukui")).isEqualTo(GAZETTEER.key("University of Fukui"));
    }

    @Test
    void aTypoNeverJoinsTwoKnownPartnersOrAnUnknownOne() {
        assertThat(GAZETTEER.key("Tỉnh Viêng Chăn")).isNotEqualTo(GAZETTEER.key("Thủ đô Viêng Chăn"));
        assertThat(GAZETTEER.key("Khammouane")).isNotEqualTo(GAZETTEER.key("Bolikhamxay"));
        // a name far from every known spelling stays itself; a name with numbers is never taken for another
        assertThat(GAZETTEER.key("Quỹ Hòa bình Sasakawa")).isEqualTo("quy binh sasakawa");
        assertThat(GAZETTEER.key("Vientiane 2")).isNotEqualTo(GAZETTEER.key("Vientiane"));
    }
}
