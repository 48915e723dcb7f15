package vn.hatinh.consolidator.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.hatinh.consolidator.reference.ReportingFrequency;
import vn.hatinh.consolidator.reference.Unit;

class ReportingPeriodTests {

    @Test
    void parsesTheFourKindsOfPeriod() {
        assertThat(ReportingPeriod.parse("2024-02")).extracting(ReportingPeriod::from, ReportingPeriod::to)
                .containsExactly(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29));
        assertThat(ReportingPeriod.parse("2024-Q3")).extracting(ReportingPeriod::from, ReportingPeriod::to)
                .containsExactly(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 30));
        assertThat(ReportingPeriod.parse("2024-h2")).extracting(ReportingPeriod::from, ReportingPeriod::to)
                .containsExactly(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 12, 31));
        assertThat(ReportingPeriod.parse("2023")).extracting(ReportingPeriod::from, ReportingPeriod::to)
                .containsExactly(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
        assertThat(ReportingPeriod.parse("2024-Q1").label()).isEqualTo("Quý I/2024");
        for (String bad : new String[] {"2024-13", "2024-Q5", "2024-H3", "24", "", "2024/03"}) {
            assertThatThrownBy(() -> ReportingPeriod.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("2024-Q1");
        }
    }

    @Test
    void aFrequencyMatchesExactlyThePeriodsOfItsLength() {
        ReportingPeriod march = ReportingPeriod.parse("2024-03");
        ReportingPeriod q1 = ReportingPeriod.parse("2024-Q1");
        ReportingPeriod h2 = ReportingPeriod.parse("2024-H2");
        ReportingPeriod year = ReportingPeriod.parse("2024");
        assertThat(ReportingFrequency.MONTHLY.matches(march.from(), march.to())).isTrue();
        assertThat(ReportingFrequency.MONTHLY.matches(q1.from(), q1.to())).isFalse();
        assertThat(ReportingFrequency.QUARTERLY.matches(q1.from(), q1.to())).isTrue();
        assertThat(ReportingFrequency.QUARTERLY.matches(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 4, 30))).isFalse();
        assertThat(ReportingFrequency.HALF_YEARLY.matches(h2.from(), h2.to())).isTrue();
        assertThat(ReportingFrequency.YEARLY.matches(year.from(), year.to())).isTrue();
        assertThat(ReportingFrequency.NONE.matches(year.from(), year.to())).isFalse();
    }

    @Test
    void aUnitExistsDuringAPeriodThatOverlapsItsValidity() {
        Unit district = new Unit("NX", "UBND huyện Nghi Xuân", 3, "district", null, LocalDate.of(2025, 6, 30));
        Unit ward = new Unit("PTS", "UBND phường Thành Sen", 3, "commune", LocalDate.of(2025, 7, 1), null);
        ReportingPeriod q2 = ReportingPeriod.parse("2025-Q2");
        ReportingPeriod q3 = ReportingPeriod.parse("2025-Q3");
        ReportingPeriod year = ReportingPeriod.parse("2025");
        assertThat(district.existsDuring(q2.from(), q2.to())).isTrue();
        assertThat(district.existsDuring(q3.from(), q3.to())).isFalse();
        assertThat(ward.existsDuring(q2.from(), q2.to())).isFalse();
        assertThat(ward.existsDuring(q3.from(), q3.to())).isTrue();
        assertThat(district.existsDuring(year.from(), year.to())).isTrue();
        assertThat(ward.existsDuring(year.from(), year.to())).isTrue();
    }
}
