package vn.hatinh.consolidator.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.hatinh.consolidator.ingest.RecordType;
import vn.hatinh.consolidator.ingest.SourceRow;

/**
 * The look-alike events spec/consolidation.md names, built from its classes of variation: titles that follow one
 * pattern and differ in the words that tell events apart, partners of different countries, each event reported by
 * two units with their usual differences. The matcher estimates its parameters from these rows alone.
 */
class LookAlikeEventsTests {

    static final Consolidator MATCHER = new Consolidator(PartnerGazetteer.load(Path.of("jobs/reference/partners.csv"),
            Path.of("jobs/reference/countries.csv")));
    static final String[] COMMUNES = {"Kỳ Lâm", "Kỳ Sơn", "Sơn Hàm", "Hương Minh", "Cẩm Mỹ", "Thạch Xuân",
            "Đức Hương", "Gia Phố", "Hòa Hải", "Phú Gia"};
    static final String[] DISTRICTS = {"Kỳ Anh", "Kỳ Anh", "Hương Sơn", "Vũ Quang", "Cẩm Xuyên", "Thạch Hà",
            "Vũ Quang", "Hương Khê", "Hương Khê", "Hương Khê"};

    private long ids;

    private Candidate row(String unit, RecordType type, LocalDate start, String country, String partner,
                          String title, Integer count) {
        ids++;
        SourceRow r = new SourceRow(type, "Sheet", (int) ids + 6, start, start, country, partner, title, null, null,
                null, count, null, null, null, null, type == RecordType.AID ? BigDecimal.valueOf(50_000) : null,
                null, null, null, null, null, Map.of());
        return new Candidate(ids, "k" + ids, unit, unit.equals("SNGV") ? 1 : 3, ids, unit + "/f" + ids + ".xlsx", r);
    }

    @Test
    void aidProjectsOfOnePatternInDifferentCommunesStayApartAndEachIsOneRecord() {
        List<Candidate> rows = new ArrayList<>();
        LocalDate first = LocalDate.of(2019, 2, 25);
        for (int i = 0; i < COMMUNES.length; i++) {
            String title = "Dự án bảo vệ môi trường tại xã " + COMMUNES[i] + ", huyện " + DISTRICTS[i]
                    + " giai đoạn 2019-202" + (1 + i % 3);
            LocalDate day = first.plusDays(i * 3L);
            rows.add(row("SNGV", RecordType.AID, day, null, "Plan International", title, null));
            // the district writes it without diacritics, a day later, with the donor's other name
            rows.add(row("CL", RecordType.AID, day.plusDays(1), null, "Tổ chức Plan",
                    vn.hatinh.consolidator.reference.TextFold.fold(title), null));
        }
        ConsolidationResult result = MATCHER.consolidate(rows, List.of());
        assertThat(result.records()).hasSize(COMMUNES.length)
                .allSatisfy(r -> assertThat(r.sources()).hasSize(2));
    }

    @Test
    void agreementsWithPartnersOfTwoCountriesNeverMergeWhateverTheTitle() {
        LocalDate day = LocalDate.of(2019, 4, 19);
        List<Candidate> rows = List.of(
                row("SNGV", RecordType.AGREEMENT, day, "LA", "Đại học Souphanouvong",
                        "Thỏa thuận hợp tác giữa tỉnh Hà Tĩnh và Đại học Souphanouvong", null),
                row("SNGV", RecordType.AGREEMENT, day.plusDays(2), "JP", "Đại học Shinshu",
                        "Thỏa thuận hợp tác giữa tỉnh Hà Tĩnh và Đại học Shinshu", null),
                row("TPHT", RecordType.AGREEMENT, day.plusDays(1), "LA", "Dai hoc Souphanouvong",
                        "Thoa thuan hop tac giua tinh Ha Tinh va Dai hoc Souphanouvong", null));
        ConsolidationResult result = MATCHER.consolidate(rows, List.of());
        assertThat(ConsolidatorTests.groups(result)).containsExactlyInAnyOrder(List.of(1L, 3L), List.of(2L));
    }

    @Test
    void seminarsOfTwoEmbassiesDaysApartAreTwoEventsAsTheCountriesTheyRepresentDiffer() {
        LocalDate day = LocalDate.of(2022, 9, 7);
        String title = "Hội thảo xúc tiến đầu tư năm 2022";
        List<Candidate> rows = List.of(
                row("SNGV", RecordType.SEMINAR, day, null, "Đại sứ quán Hàn Quốc", title, 12),
                row("SNGV", RecordType.SEMINAR, day.plusDays(3), null, "Đại sứ quán Nhật Bản", title, 12),
                row("SCT", RecordType.SEMINAR, day, null, "ĐSQ Hàn Quốc", "HT xúc tiến đầu tư", 12));
        ConsolidationResult result = MATCHER.consolidate(rows, List.of());
        assertThat(ConsolidatorTests.groups(result)).containsExactlyInAnyOrder(List.of(1L, 3L), List.of(2L));
        assertThat(result.records()).filteredOn(r -> r.sources().size() == 2).singleElement()
                .satisfies(r -> assertThat(r.evidence()).singleElement()
                        .satisfies(e -> assertThat(e.explanation()).startsWith("xác suất trùng")));
    }
}
