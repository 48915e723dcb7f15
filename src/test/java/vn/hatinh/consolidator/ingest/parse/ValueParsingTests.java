package vn.hatinh.consolidator.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import vn.hatinh.consolidator.reference.CountryResolver;

/** Every date, range, count, money, country and period form of submissions.md. */
class ValueParsingTests {

    static final CountryResolver COUNTRIES = CountryResolver.load(Path.of("jobs/reference/countries.csv"));

    @ParameterizedTest
    @ValueSource(strings = {"05/03/2021", "5/3/2021", "05-03-2021", "05.03.2021", "5/3/21", "2021-03-05", " 05/03/2021 ",
            "44260", "ngày 05 tháng 03 năm 2021"})
    void datesInEveryWrittenFormDayFirst(String text) throws Exception {
        assertThat(Dates.parse(text, false)).isEqualTo(LocalDate.of(2021, 3, 5));
    }

    @Test
    void dateCellsAndSerialNumbersInBothDateSystems() throws Exception {
        assertThat(Dates.parse(LocalDateTime.of(2022, 7, 3, 0, 0), false)).isEqualTo(LocalDate.of(2022, 7, 3));
        assertThat(Dates.parse(44260.0, false)).isEqualTo(LocalDate.of(2021, 3, 5));
        assertThat(Dates.parse(44260.0 - 1462, true)).isEqualTo(LocalDate.of(2021, 3, 5));
        assertThat(Dates.parse("  ", false)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"30/02/2021", "31/04/2022", "15/13/2021"})
    void datesThatDoNotExistAreRefused(String text) {
        assertThatThrownBy(() -> Dates.parse(text, false)).isInstanceOf(ValueException.class)
                .hasMessageContaining("không tồn tại");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ngày mai", "?", "=TODAY()"})
    void wordsAreNotDates(String text) {
        assertThatThrownBy(() -> Dates.parse(text, false)).isInstanceOf(ValueException.class)
                .hasMessageContaining("không đọc được ngày");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"12-15/03/2021;2021-03-12;2021-03-15", "28/02 - 03/03/2021;2021-02-28;2021-03-03",
            "30/12/2021 - 02/01/2022;2021-12-30;2022-01-02", "28/12 - 02/01/2022;2021-12-28;2022-01-02",
            "05/03/2021;2021-03-05;2021-03-05", "từ 12/03/2021 đến 15/03/2021;2021-03-12;2021-03-15"})
    void timeSpans(String text, LocalDate start, LocalDate end) throws Exception {
        assertThat(DateRange.parse(text, false)).isEqualTo(new DateRange(start, end));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"05;5", "10 người;10", "1.100;1100", "1,100;1100", "12 khách;12", "0;0"})
    void countsWrittenAsText(String text, int expected) throws Exception {
        assertThat(Numbers.count(text, "Số người")).isEqualTo(expected);
    }

    @Test
    void countsThatAreNotWholeNumbersOfZeroOrMoreAreRefused() throws Exception {
        assertThat(Numbers.count(7.0, "Số người")).isEqualTo(7);
        assertThatThrownBy(() -> Numbers.count("nhiều", "Số người")).hasMessageContaining("không phải là số");
        assertThatThrownBy(() -> Numbers.count("?", "Số người")).hasMessageContaining("không phải là số");
        assertThatThrownBy(() -> Numbers.count(-2.0, "Số người")).hasMessageContaining("âm");
        assertThatThrownBy(() -> Numbers.count("-3", "Số khách")).hasMessageContaining("âm");
        assertThatThrownBy(() -> Numbers.count(2.5, "Số khách")).hasMessageContaining("số nguyên");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"1.500.000;1500000", "1,500,000;1500000", "2.901,81;2901.81", "2,901.81;2901.81",
            "1.500;1500", "1,500;1500", "12,5;12.5", "1500000 USD;1500000", "0;0"})
    void moneyInVietnameseAndEnglishGrouping(String text, BigDecimal expected) throws Exception {
        assertThat(Numbers.money(text, "Giá trị")).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"Lào;LA", "CHDCND Lào;LA", "Nước CHDCND Lào;LA", "Lào (CHDCND);LA", "Laos;LA",
            "Lao PDR;LA", "Hàn Quốc;KR", "Korea;KR", "LB Nga;RU", "Liên bang Nga;RU", "Hoa Kỳ;US", "Hoa Kì;US",
            "Mỹ;US", "USA;US", "Ca-na-đa;CA", "CHLB Đức;DE", "Thai Lan;TH", "HÀN QUỐC;KR", "Bỉ;BE",
            "Vương quốc Bỉ;BE", "Áo;AT", "Cộng hòa Pháp;FR", "Đài Loan;TW"})
    void countriesToIsoCodes(String text, String code) {
        assertThat(COUNTRIES.resolve(text)).contains(code);
    }

    @Test
    void unknownCountriesResolveToNothing() {
        assertThat(COUNTRIES.resolve("Xứ Sở Thần Tiên")).isEmpty();
        assertThat(COUNTRIES.vietnameseName("LA")).isEqualTo("Lào");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"Tháng 03/2021;2021-03-01;2021-03-31", "Tháng 3 năm 2021;2021-03-01;2021-03-31",
            "Quý I/2021;2021-01-01;2021-03-31", "Quý 1 năm 2021;2021-01-01;2021-03-31", "Quý IV-2022;2022-10-01;2022-12-31",
            "6 tháng đầu năm 2021;2021-01-01;2021-06-30", "6 tháng cuối năm 2021;2021-07-01;2021-12-31",
            "Năm 2021;2021-01-01;2021-12-31", "Từ ngày 01/01/2021 đến ngày 31/03/2021;2021-01-01;2021-03-31",
            "DANH SÁCH ĐOÀN RA QUÝ I NĂM 2021;2021-01-01;2021-03-31",
            "(Kèm theo báo cáo của UBND huyện Cẩm Xuyên - kỳ báo cáo: Quý II năm 2023);2023-04-01;2023-06-30",
            "bao cao doi ngoai Từ ngày 01-04-2024 đến ngày 30-06-2024;2024-04-01;2024-06-30",
            "quy ii nam 2023;2023-04-01;2023-06-30"})
    void periodLabels(String text, LocalDate from, LocalDate to) {
        var found = PeriodLabels.find(text).orElseThrow();
        assertThat(found.period().from()).isEqualTo(from);
        assertThat(found.period().to()).isEqualTo(to);
    }

    @Test
    void aDateLineNamesNoPeriodButAPreparedDate() {
        assertThat(PeriodLabels.find("Hà Tĩnh, ngày 07 tháng 01 năm 2023")).isEmpty();
        assertThat(PreparedDates.fromDateLine("Nghi Xuân, ngày 09 tháng 07 năm 2022")).contains(LocalDate.of(2022, 7, 9));
        assertThat(PreparedDates.isLabel("Ngày lập:")).isTrue();
    }
}
