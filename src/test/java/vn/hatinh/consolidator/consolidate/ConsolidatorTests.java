package vn.hatinh.consolidator.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.hatinh.consolidator.ingest.RecordType;
import vn.hatinh.consolidator.ingest.SourceRow;

class ConsolidatorTests {

    static final Consolidator CONSOLIDATOR = new Consolidator(PartnerGazetteer.load(
            Path.of("jobs/reference/partners.csv"), Path.of("jobs/reference/countries.csv")));
    private long ids;

    Candidate inbound(String unit, int level, String country, String partner, String title, LocalDate start, int count) {
        return candidate(unit, level, new SourceRow(RecordType.INBOUND, "DoanVao", (int) ids + 7, start, start.plusDays(1),
                country, partner, title, null, null, null, count, null, null, null, null, null, null, null, null, null, null,
                Map.of()));
    }

    Candidate outbound(String unit, int level, String decision, String country, String partner, LocalDate start,
                       int count) {
        return candidate(unit, level, new SourceRow(RecordType.OUTBOUND, "DoanRa", (int) ids + 7, start,
                start.plusDays(3), country, partner, null, decision, null, null, count, null, null, null, null, null,
                null, null, null, null, null, Map.of()));
    }

    Candidate seminar(String unit, String title, String partner, LocalDate start, int foreign) {
        return candidate(unit, 2, new SourceRow(RecordType.SEMINAR, "HoiThao", (int) ids + 7, start, start, null,
                partner, title, null, null, null, foreign, null, null, null, null, null, null, null, null, null, null,
                Map.of()));
    }

    Candidate consular(String unit, YearMonth month, int cases, long rank) {
        ids++;
        return new Candidate(ids, "k" + ids, unit, 1, rank, unit + "/f" + ids + ".xlsx", new SourceRow(
                RecordType.CONSULAR, "LanhSu", 9, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, month, cases, 1, null, Map.of()));
    }

    private Candidate candidate(String unit, int level, SourceRow row) {
        ids++;
        return new Candidate(ids, "k" + ids, unit, level, ids, unit + "/file" + ids + ".xlsx", row);
    }

    static List<List<Long>> groups(ConsolidationResult result) {
        List<List<Long>> groups = new ArrayList<>();
        for (ConsolidatedRecord r : result.records()) {
            groups.add(r.sources().stream().map(Candidate::sourceRowId).sorted().toList());
        }
        return groups;
    }

    @Test
    void reportersADayAndAFewPeopleApartAreOneEventAndTheForeignAffairsOfficeWins() {
        Candidate district = inbound("NX", 3, "LA", "tỉnh Khăm Muộn", "Đoàn công tác tỉnh Khăm Muộn",
                LocalDate.of(2024, 3, 6), 11);
        Candidate sngv = inbound("SNGV", 1, "LA", "Khammouane", "Đoàn lãnh đạo Khammouane", LocalDate.of(2024, 3, 5), 12);
        ConsolidationResult result = CONSOLIDATOR.consolidate(List.of(district, sngv), List.of());
        assertThat(result.records()).hasSize(1);
        ConsolidatedRecord r = result.records().get(0);
        assertThat(r.chosen().count()).isEqualTo(12);
        assertThat(r.chosen().start()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(r.sources().get(0).unit()).isEqualTo("SNGV");
        assertThat(r.evidence()).singleElement().satisfies(e -> assertThat(e.explanation()).contains("tên đối tác/đoàn: giống nhau"));
        assertThat(r.conflicts()).isEmpty();
    }

    @Test
    void partnersNamedByDifferentNumbersStayApartEvenWhenDatesCountsAndCountryAgree() {
        // a folder of nothing but such rows gives the estimated weights no duplicate to learn from: a rule holds them
        List<Candidate> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(inbound("SYT", 2, "LA", "Đối tác " + i, "Đoàn " + i, LocalDate.of(2024, 3, 5 + i % 2), 7));
        }
        rows.add(inbound("NX", 3, "LA", "Đối tác 3", "Đoàn 3", LocalDate.of(2024, 3, 6), 7));
        ConsolidationResult result = CONSOLIDATOR.consolidate(rows, List.of());
        assertThat(result.records()).hasSize(40);
    }

    @Test
    void twoProvincesOfTheSameCountryOnTheSameDayAreTwoDelegations() {
        ConsolidationResult result = CONSOLIDATOR.consolidate(List.of(
                inbound("SNGV", 1, "LA", "Bolikhămxay", "Đoàn lãnh đạo tỉnh Bolikhămxay", LocalDate.of(2024, 2, 8), 15),
                inbound("SNGV", 1, "LA", "Khăm Muộn", "Đoàn lãnh đạo tỉnh Khăm Muộn", LocalDate.of(2024, 2, 8), 11),
                inbound("NX", 3, "LA", "Borikhamxay", "Đoàn Borikhamxay", LocalDate.of(2024, 2, 9), 15)), List.of());
        assertThat(groups(result)).containsExactlyInAnyOrder(List.of(1L, 3L), List.of(2L));
    }

    @Test
    void theSamePartnerWeeksLaterIsASecondDelegation() {
        ConsolidationResult result = CONSOLIDATOR.consolidate(List.of(
                inbound("SNGV", 1, "LA", "Khăm Muộn", null, LocalDate.of(2024, 1, 10), 9),
                inbound("SNGV", 1, "LA", "Khăm Muộn", null, LocalDate.of(2024, 3, 5), 12)), List.of());
        assertThat(result.records()).hasSize(2);
    }

    @Test
    void anAnnualSeminarWithTheSameTitleIsOnePerYearAndAbbreviationsMatch() {
        ConsolidationResult result = CONSOLIDATOR.consolidate(List.of(
                seminar("SNGV", "Hội thảo hợp tác phát triển năm 2023", "KOICA", LocalDate.of(2023, 3, 21), 22),
                seminar("SNGV", "Hội thảo hợp tác phát triển năm 2024", "KOICA", LocalDate.of(2024, 3, 20), 25),
                seminar("BQLKKT", "HT hop tac phat trien", "KOICA", LocalDate.of(2024, 3, 20), 24)), List.of());
        assertThat(groups(result)).containsExactlyInAnyOrder(List.of(1L), List.of(2L, 3L));
    }

    @Test
    void theSameDecisionNumberJoinsTripsAndDifferentNumbersKeepThemApart() {
        ConsolidationResult result = CONSOLIDATOR.consolidate(List.of(
                outbound("SNGV", 1, "125/QĐ-UBND", "LA", "Khăm Muộn", LocalDate.of(2024, 3, 4), 8),
                outbound("DT", 3, "QĐ số 125/QD-UBND ngày 01/03/2024", "LA", "Khammouane", LocalDate.of(2024, 3, 5), 8),
                outbound("CX", 3, "126/QĐ-UBND", "LA", "Khăm Muộn", LocalDate.of(2024, 3, 4), 3)), List.of());
        assertThat(groups(result)).containsExactlyInAnyOrder(List.of(1L, 2L), List.of(3L));
        assertThat(DecisionNumbers.key("Số 125/QĐ-UBND")).isEqualTo(DecisionNumbers.key("125/QD-UBND"));
    }

    @Test
    void countsApartBeyondToleranceAreFlaggedWithEachSourcesValue() {
        ConsolidationResult result = CONSOLIDATOR.consolidate(List.of(
                inbound("SNGV", 1, "FR", "Đại sứ quán Pháp", null, LocalDate.of(2024, 3, 12), 6),
                inbound("TXHL", 3, "FR", "Embassy of France", null, LocalDate.of(2024, 3, 12), 16)), List.of());
        assertThat(result.records()).hasSize(1);
        assertThat(result.records().get(0).conflicts()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("count");
            assertThat(c.values()).anyMatch(v -> v.startsWith("SNGV") && v.endsWith(": 6"))
                    .anyMatch(v -> v.startsWith("TXHL") && v.endsWith(": 16"));
        });
    }

    @Test
    void operatorDecisionsWinEvenAgainstAChain() {
        Candidate a = inbound("SNGV", 1, "LA", "Khăm Muộn", null, LocalDate.of(2024, 3, 5), 12);
        Candidate b = inbound("NX", 3, "LA", "Khammouane", null, LocalDate.of(2024, 3, 6), 11);
        Candidate c = inbound("KA", 3, "LA", "Kham Muon", null, LocalDate.of(2024, 3, 7), 11);
        ConsolidationResult split = CONSOLIDATOR.consolidate(List.of(a, b, c),
                List.of(new ReviewDecision(a.sourceKey(), c.sourceKey(), ReviewDecision.Kind.SPLIT)));
        assertThat(groups(split)).noneMatch(g -> g.contains(a.sourceRowId()) && g.contains(c.sourceRowId()));
        Candidate other = inbound("SNGV", 1, "LA", "Savannakhet", null, LocalDate.of(2024, 3, 20), 5);
        ConsolidationResult merge = CONSOLIDATOR.consolidate(List.of(a, other),
                List.of(new ReviewDecision(a.sourceKey(), other.sourceKey(), ReviewDecision.Kind.MERGE)));
        assertThat(merge.records()).hasSize(1);
        assertThat(merge.records().get(0).evidence()).anyMatch(e -> e.rule().equals("operator-merge"));
    }

    @Test
    void consularMonthsAreNeverMergedAcrossUnitsAndTheLaterSubmissionReplaces() {
        ConsolidationResult result = CONSOLIDATOR.consolidate(List.of(
                consular("SNGV", YearMonth.of(2024, 3), 2, 1),
                consular("SNGV", YearMonth.of(2024, 3), 5, 2),
                consular("CAT", YearMonth.of(2024, 3), 1, 3)), List.of());
        assertThat(result.records()).hasSize(2);
        assertThat(result.records()).anySatisfy(r -> {
            assertThat(r.sources().get(0).unit()).isEqualTo("SNGV");
            assertThat(r.chosen().cases()).isEqualTo(5);
        });
    }

    @Test
    void partnerKeysFoldTranslationsAndAbbreviations() {
        PartnerGazetteer g = PartnerGazetteer.load(Path.of("jobs/reference/partners.csv"),
                Path.of("jobs/reference/countries.csv"));
        assertThat(g.key("ĐSQ Vương quốc Bỉ")).isEqualTo(g.key("Embassy of Belgium")).isEqualTo(g.key("Đại sứ quán Bỉ"));
        assertThat(g.key("TLSQ Lào tại Đà Nẵng")).isEqualTo(g.key("Tổng Lãnh sự quán Lào tại Đà Nẵng"));
        assertThat(g.key("Múc-đa-hản")).isEqualTo(g.key("Mukdahan"));
        assertThat(g.key("Cơ quan Phát triển Quốc tế Hoa Kỳ (USAID)")).isEqualTo(g.key("USAID"));
        assertThat(g.key("Bolikhămxay")).isNotEqualTo(g.key("Khăm Muộn"));
    }
}
