package vn.hatinh.consolidator.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Header cells as units write them: every column name of the spec and of columns.csv, combined with numbering in
 * front and a qualifier behind (a unit, a format hint, a clarification in brackets, after a colon or a dash), read
 * as the column it names; the longest known name wins; metadata and unknown columns are not taken for known ones.
 */
class ColumnSynonymsTests {

    static final ColumnSynonyms SYNONYMS = ColumnSynonyms.load(Path.of("jobs/reference/columns.csv"));

    /** The canonical names and other names of spec/submissions.md ("Columns"), by the kind each holds. */
    static final Map<String, ColumnKind> SPEC_NAMES = new LinkedHashMap<>();

    static {
        Object[][] spec = {
                {ColumnKind.DECISION, "Số quyết định", "Số QĐ", "Quyết định cử đoàn"},
                {ColumnKind.LEADER, "Trưởng đoàn"},
                {ColumnKind.COUNTRY, "Nước đến", "Quốc gia", "Nước", "Quốc tịch"},
                {ColumnKind.PARTNER, "Đối tác", "Địa phương/Đối tác", "Cơ quan, địa phương làm việc", "Cơ quan/Tổ chức",
                        "Địa phương/Tổ chức nước ngoài", "Đối tác nước ngoài", "Tổ chức phối hợp"},
                {ColumnKind.PURPOSE, "Mục đích", "Nội dung công tác", "Nội dung"},
                {ColumnKind.DEPART_DATE, "Ngày đi"},
                {ColumnKind.FROM_DATE, "Từ ngày"},
                {ColumnKind.EXIT_DATE, "Ngày xuất cảnh"},
                {ColumnKind.RETURN_DATE, "Ngày về", "Ngày nhập cảnh"},
                {ColumnKind.TO_DATE, "Đến ngày"},
                {ColumnKind.COUNT, "Số người", "Số lượng", "Số thành viên", "Số CBCCVC", "Số khách"},
                {ColumnKind.NOTE, "Ghi chú"},
                {ColumnKind.DELEGATION_NAME, "Tên đoàn", "Đoàn khách"},
                {ColumnKind.ARRIVE_DATE, "Ngày đến", "Thời gian đến"},
                {ColumnKind.LEAVE_DATE, "Thời gian đi"},
                {ColumnKind.HOST, "Đơn vị đón tiếp", "Cơ quan đón tiếp"},
                {ColumnKind.SEMINAR_TITLE, "Tên hội nghị, hội thảo", "Tên hội thảo", "Tên sự kiện"},
                {ColumnKind.ORGANISER, "Đơn vị tổ chức", "Cơ quan tổ chức", "Đơn vị chủ trì"},
                {ColumnKind.SPONSOR, "Nhà tài trợ"},
                {ColumnKind.START_DATE, "Ngày bắt đầu", "Ngày tổ chức"},
                {ColumnKind.END_DATE, "Ngày kết thúc"},
                {ColumnKind.LOCATION, "Địa điểm"},
                {ColumnKind.FOREIGN_DELEGATES, "Số đại biểu nước ngoài", "Đại biểu quốc tế"},
                {ColumnKind.TOTAL_DELEGATES, "Tổng số đại biểu", "Số đại biểu"},
                {ColumnKind.FIELD, "Lĩnh vực"},
                {ColumnKind.PERMIT, "Văn bản cho phép", "Số văn bản cho phép"},
                {ColumnKind.AGREEMENT_TITLE, "Tên thỏa thuận", "Tên văn bản"},
                {ColumnKind.LEVEL, "Cấp ký kết"},
                {ColumnKind.SIGN_DATE, "Ngày ký"},
                {ColumnKind.AID_TITLE, "Tên chương trình, dự án", "Tên dự án"},
                {ColumnKind.DONOR, "Tổ chức tài trợ", "Tổ chức PCPNN"},
                {ColumnKind.APPROVAL_DATE, "Ngày phê duyệt", "Ngày tiếp nhận"},
                {ColumnKind.COMMITTED_USD, "Giá trị cam kết (USD)"},
                {ColumnKind.DISBURSED_USD, "Giá trị giải ngân (USD)"},
                {ColumnKind.MONTH, "Tháng"},
                {ColumnKind.CASES, "Số vụ việc bảo hộ công dân"},
                {ColumnKind.LEGALIZATIONS, "Số hồ sơ chứng nhận, hợp pháp hóa lãnh sự"},
                {ColumnKind.TIME_SPAN, "Thời gian"}};
        for (Object[] line : spec) {
            for (int i = 1; i < line.length; i++) {
                SPEC_NAMES.put((String) line[i], (ColumnKind) line[0]);
            }
        }
    }

    static final String[] NUMBERINGS = {"", "(1) ", "1. ", "2) ", "12. ", "a) ", "b. ", "II. ", "Cột 3: ", "(c) ", "3 "};
    static final String[] QUALIFIERS = {"", " (người)", " (USD)", " (dd/mm/yyyy)", " (ngày/tháng/năm)", " (1)", ":",
            ": ghi theo văn bản", " - theo quyết định", " – nếu có", " [2]", " (*)", " thực tế", " (ghi rõ)",
            " (theo dd/mm/yyyy)", " (d/m/yyyy)", "  (đơn vị: người) ", " (lượt người)", " — chi tiết", " (4) (5)"};

    static Map<String, ColumnKind> everyName() throws Exception {
        Map<String, ColumnKind> names = new LinkedHashMap<>(SPEC_NAMES);
        try (Reader reader = Files.newBufferedReader(Path.of("jobs/reference/columns.csv"))) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                    .get().parse(reader)) {
                for (String name : r.get("names").split("\\|")) {
                    names.put(name.trim(), ColumnKind.valueOf(r.get("kind").trim()));
                }
            }
        }
        return names;
    }

    /**
     * Names two kinds share once folded: the spec calls an inbound partner "Cơ quan/Tổ chức" and a seminar's
     * organiser "Cơ quan tổ chức"; a header alone cannot tell them apart (columns.csv's later line wins).
     */
    static java.util.Set<String> ambiguous(Map<String, ColumnKind> names) {
        Map<String, java.util.Set<ColumnKind>> kinds = new java.util.HashMap<>();
        names.forEach((n, k) -> kinds.computeIfAbsent(vn.hatinh.consolidator.reference.TextFold.fold(n),
                x -> java.util.EnumSet.noneOf(ColumnKind.class)).add(k));
        java.util.Set<String> shared = new java.util.TreeSet<>();
        kinds.forEach((n, k) -> {
            if (k.size() > 1) {
                shared.add(n);
            }
        });
        return shared;
    }

    @Test
    void theSpecNamesAreTheKindsOfColumnsCsv() throws Exception {
        assertThat(ambiguous(everyName())).containsExactly("co quan to chuc");
        SPEC_NAMES.forEach((name, kind) -> {
            if (!ambiguous(SPEC_NAMES).contains(vn.hatinh.consolidator.reference.TextFold.fold(name))
                    && !name.equals("Cơ quan/Tổ chức")) {
                assertThat(SYNONYMS.kindOf(name)).as(name).contains(kind);
            }
        });
    }

    @Test
    void everyKnownNameIsReadThroughNumberingAndQualifiersInAnyCase() throws Exception {
        Random random = new Random(12);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        java.util.Set<String> ambiguous = ambiguous(everyName());
        for (Map.Entry<String, ColumnKind> e : everyName().entrySet()) {
            if (e.getValue() == ColumnKind.ORDINAL
                    || ambiguous.contains(vn.hatinh.consolidator.reference.TextFold.fold(e.getKey()))) {
                continue;
            }
            for (String numbering : NUMBERINGS) {
                for (String qualifier : QUALIFIERS) {
                    String name = switch (random.nextInt(4)) {
                        case 0 -> e.getKey().toUpperCase(java.util.Locale.ROOT);
                        case 1 -> vn.hatinh.consolidator.reference.TextFold.fold(e.getKey());
                        case 2 -> e.getKey().replace(" ", "  ");
                        default -> e.getKey();
                    };
                    if (qualifier.contains("USD") && !e.getKey().contains("USD")
                            || isUsdName(e.getValue()) && qualifier.contains("người")) {
                        continue; // a currency on a count, a person count on money: not a qualifier units write
                    }
                    String cell = numbering + name + qualifier;
                    checked++;
                    if (!SYNONYMS.kindOf(cell).equals(java.util.Optional.of(e.getValue()))) {
                        failures.add(cell + " -> " + SYNONYMS.kindOf(cell).orElse(null) + " (expected " + e.getValue() + ")");
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(20_000);
        assertThat(failures).isEmpty();
    }

    private static boolean isUsdName(ColumnKind kind) {
        return kind == ColumnKind.COMMITTED_USD || kind == ColumnKind.DISBURSED_USD;
    }

    @Test
    void theLongestKnownNameWins() {
        assertThat(SYNONYMS.kindOf("Số đại biểu nước ngoài (người)")).contains(ColumnKind.FOREIGN_DELEGATES);
        assertThat(SYNONYMS.kindOf("Số đại biểu (người)")).contains(ColumnKind.TOTAL_DELEGATES);
        assertThat(SYNONYMS.kindOf("3. Số đại biểu nước ngoài: người")).contains(ColumnKind.FOREIGN_DELEGATES);
        assertThat(SYNONYMS.kindOf("Số đại biểu nước ngoài thực tế")).contains(ColumnKind.FOREIGN_DELEGATES);
        assertThat(SYNONYMS.kindOf("Tổng số đại biểu (lượt người)")).contains(ColumnKind.TOTAL_DELEGATES);
        assertThat(SYNONYMS.kindOf("Ngày đi thực tế (dd/mm/yyyy)")).contains(ColumnKind.DEPART_DATE);
        assertThat(SYNONYMS.kindOf("Ngày phê duyệt tiếp nhận (dd/mm/yyyy)")).contains(ColumnKind.APPROVAL_DATE);
        assertThat(SYNONYMS.kindOf("Giá trị cam kết (USD) (5)")).contains(ColumnKind.COMMITTED_USD);
        assertThat(SYNONYMS.kindOf("Trưởng đoàn (chức vụ)")).contains(ColumnKind.LEADER);
        assertThat(SYNONYMS.kindOf("Quyết định số")).contains(ColumnKind.DECISION);
        assertThat(SYNONYMS.kindOf("Số lượng khách (người)")).contains(ColumnKind.COUNT);
        assertThat(SYNONYMS.kindOf("Thời gian (từ ngày - đến ngày)")).contains(ColumnKind.TIME_SPAN);
    }

    @Test
    void metadataValuesOtherCurrenciesAndFreeWordsAreNotKnownColumns() {
        for (String cell : List.of("Tháng: 03/2024", "Tháng 3 năm 2024", "Số người: 05", "Kỳ báo cáo: Quý I/2024",
                "Đơn vị báo cáo: Sở Y tế", "Ngày lập: 05/04/2024", "DANH SÁCH ĐOÀN RA (kèm theo báo cáo số 12)",
                "Giá trị cam kết (triệu đồng)", "Giá trị giải ngân (VNĐ)", "Kinh phí cam kết (tỷ đồng)",
                "Quyết định phê duyệt", "Cơ quan chủ quản", "Số điện thoại", "Nội dung chi tiết khác", "Tổng cộng",
                "Nước ngoài", "Ngày đi công tác nước ngoài của cán bộ", "(1)", "1.", "", "Người lập biểu",
                "Hà Tĩnh, ngày 05 tháng 04 năm 2024", "Ngày đến: 12/03/2024")) {
            assertThat(SYNONYMS.kindOf(cell)).as(cell).isEmpty();
        }
    }
}
