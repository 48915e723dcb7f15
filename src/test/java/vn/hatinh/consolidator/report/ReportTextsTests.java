package vn.hatinh.consolidator.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTextsTests {

    @TempDir
    Path dir;

    @Test
    void aDatedSettingReplacesTheBaseOneFromItsDayOn() throws Exception {
        Files.writeString(dir.resolve("report.properties"), """
                term.recipient@2025-03-01=Sở Tài chính
                term.recipient=Sở Kế hoạch và Đầu tư
                signer.name=Người ký A
                signer.name@2024-01-01=Người ký B
                signer.name@2026-01-01=Người ký C
                """, StandardCharsets.UTF_8);
        ReportTexts texts = ReportTexts.load(dir);

        assertThat(texts.asOf(LocalDate.of(2025, 2, 28)).setting("term.recipient", "")).isEqualTo("Sở Kế hoạch và Đầu tư");
        assertThat(texts.asOf(LocalDate.of(2025, 3, 1)).setting("term.recipient", "")).isEqualTo("Sở Tài chính");
        assertThat(texts.asOf(LocalDate.of(2023, 6, 1)).setting("signer.name", "")).isEqualTo("Người ký A");
        assertThat(texts.asOf(LocalDate.of(2025, 6, 1)).setting("signer.name", "")).isEqualTo("Người ký B");
        assertThat(texts.asOf(LocalDate.of(2026, 6, 1)).setting("signer.name", "")).isEqualTo("Người ký C");
    }

    @Test
    void theShippedSettingsFollowTheReorganisationsOf2025() throws Exception {
        ReportTexts texts = ReportTexts.load(Path.of("jobs/report"));
        assertThat(texts.asOf(LocalDate.of(2024, 3, 26)).setting("monthly.recipient", "")).isEqualTo("Ban Tuyên giáo Tỉnh ủy");
        assertThat(texts.asOf(LocalDate.of(2025, 7, 26)).setting("monthly.recipient", ""))
                .isEqualTo("Ban Tuyên giáo và Dân vận Tỉnh ủy");
        assertThat(texts.asOf(LocalDate.of(2025, 7, 26)).setting("term.recipient", "")).isEqualTo("Sở Tài chính");
    }

    @Test
    void aMalformedDateIsNamed() throws Exception {
        Files.writeString(dir.resolve("report.properties"), "term.recipient@1/3/2025=Sở Tài chính\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ReportTexts.load(dir).asOf(LocalDate.of(2025, 5, 1)))
                .hasMessageContaining("term.recipient@1/3/2025");
    }
}
