package vn.hatinh.consolidator.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ConsolePeriodTests {

    @Test
    void readsMonthsQuartersHalvesAndYears() {
        ConsolePeriod m = ConsolePeriod.parse("2024-02");
        assertThat(m.period().from()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(m.period().to()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(m.vietnamese()).isEqualTo("Tháng 02/2024");
        assertThat(m.isMonth()).isTrue();
        ConsolePeriod q = ConsolePeriod.parse("2024-q3");
        assertThat(q.period().from()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(q.period().to()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(q.vietnamese()).isEqualTo("Quý III/2024");
        assertThat(q.isMonth()).isFalse();
        ConsolePeriod h = ConsolePeriod.parse("2024-H2");
        assertThat(h.period().from()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(h.period().to()).isEqualTo(LocalDate.of(2024, 12, 31));
        ConsolePeriod y = ConsolePeriod.parse(" 2023 ");
        assertThat(y.period().from()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(y.period().to()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(y.vietnamese()).isEqualTo("Năm 2023");
        for (String bad : new String[] {"2024-13", "2024-Q5", "abc", "", "1999", "2024-00", "<script>"}) {
            assertThat(ConsolePeriod.parse(bad)).as(bad).isNull();
        }
    }

    @Test
    void theMatchersEvidenceReadsInVietnamese() {
        assertThat(Explanations.vietnamese("project title similarity 0.92, donor similarity 0.50"))
                .isEqualTo("tên dự án giống 92%, nhà tài trợ giống 50%");
        assertThat(Explanations.vietnamese("same country LA, partner similarity 0.87 (a / b), start dates 2 day(s) apart"))
                .isEqualTo("cùng quốc gia LA, đối tác giống 87% (a / b), ngày bắt đầu cách nhau 2 ngày");
        assertThat(Explanations.failure("java.nio.file.FileAlreadyExistsException: /x/y"))
                .isEqualTo("Đã có một tệp trùng tên với thư mục cần ghi: /x/y");
    }
}
