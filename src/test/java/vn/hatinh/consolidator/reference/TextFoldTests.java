package vn.hatinh.consolidator.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFoldTests {

    @Test
    void foldsCaseDiacriticsPunctuationAndSpaces() {
        assertThat(TextFold.fold("Số  người:")).isEqualTo("so nguoi");
        assertThat(TextFold.fold("SỐ NGƯỜI")).isEqualTo("so nguoi");
        assertThat(TextFold.fold("So nguoi")).isEqualTo("so nguoi");
        assertThat(TextFold.fold("Đơn vị đón tiếp")).isEqualTo("don vi don tiep");
        assertThat(TextFold.fold("Bolikhămxay")).isEqualTo("bolikhamxay");
    }

    @Test
    void cleanCollapsesSpacesAndTurnsBlankIntoNull() {
        assertThat(TextFold.clean("  Hàn\u00A0 Quốc ")).isEqualTo("Hàn Quốc");
        assertThat(TextFold.clean("   ")).isNull();
    }
}
