package vn.hatinh.consolidator.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class VietnameseFormatTests {

    @Test
    void countsBelowTenHaveTwoDigitsAndThousandsAreGroupedWithDots() {
        assertThat(VietnameseFormat.count(2)).isEqualTo("02");
        assertThat(VietnameseFormat.count(0)).isEqualTo("00");
        assertThat(VietnameseFormat.count(36)).isEqualTo("36");
        assertThat(VietnameseFormat.count(1100)).isEqualTo("1.100");
    }

    @Test
    void amountsUseDotsForThousandsAndACommaForDecimals() {
        assertThat(VietnameseFormat.number(new BigDecimal("1487350"))).isEqualTo("1.487.350");
        assertThat(VietnameseFormat.number(new BigDecimal("2901.81"))).isEqualTo("2.901,81");
        assertThat(VietnameseFormat.number(new BigDecimal("900000.00"))).isEqualTo("900.000");
    }

    @Test
    void datesAreDayMonthYear() {
        assertThat(VietnameseFormat.date(LocalDate.of(2018, 2, 5))).isEqualTo("05/02/2018");
        assertThat(VietnameseFormat.placeAndDate("Hà Tĩnh", LocalDate.of(2018, 2, 26)))
                .isEqualTo("Hà Tĩnh, ngày 26 tháng 02 năm 2018");
    }

    @Test
    void theMonthlyPeriodRunsFromCutOffToCutOffBothInclusive() {
        var february = ReportPeriods.monthly(YearMonth.of(2018, 2), 25);
        assertThat(february.from()).isEqualTo(LocalDate.of(2018, 1, 25));
        assertThat(february.to()).isEqualTo(LocalDate.of(2018, 2, 25));
        var january = ReportPeriods.monthly(YearMonth.of(2018, 1), 25);
        assertThat(january.to()).isEqualTo(february.from());
        assertThat(ReportPeriods.monthly(YearMonth.of(2024, 3), 20).from()).isEqualTo(LocalDate.of(2024, 2, 20));
        assertThatThrownBy(() -> ReportPeriods.monthly(YearMonth.of(2024, 3), 31)).isInstanceOf(IllegalArgumentException.class);
    }
}
