package vn.hatinh.consolidator.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hatinh.consolidator.consolidate.Candidate;
import vn.hatinh.consolidator.consolidate.ConsolidatedRecord;
import vn.hatinh.consolidator.consolidate.FieldConflict;
import vn.hatinh.consolidator.ingest.Period;
import vn.hatinh.consolidator.ingest.RecordType;
import vn.hatinh.consolidator.ingest.SourceRow;
import vn.hatinh.consolidator.reference.CountryResolver;

/** Both documents, the annex and figures.json written from records, then read back. */
class ReportDocumentTests {

    static final CountryResolver COUNTRIES = CountryResolver.load(Path.of("jobs/reference/countries.csv"));
    static final Path OUT = Path.of("target", "report-tests-" + System.nanoTime());
    private int n;

    ConsolidatedRecord record(RecordType type, LocalDate start, String country, String partner, Integer count,
                              String title, String level, BigDecimal committed, YearMonth month, Integer cases) {
        n++;
        SourceRow row = new SourceRow(type, "S", n, start, start, country, partner, title, null, null, "Giáo dục", count,
                null, null, null, level, committed, committed == null ? null : committed.divide(BigDecimal.valueOf(2)),
                month, cases, cases == null ? null : cases * 3, null, Map.of());
        Candidate source = new Candidate(n, "k" + n, "SNGV", 1, n, "SNGV/f.xlsx", row);
        List<FieldConflict> conflicts = n == 1 ? List.of(new FieldConflict("count", List.of("SNGV: 12", "NX: 20")))
                : List.of();
        return new ConsolidatedRecord(type.name().charAt(0) + "-" + n, type, row, List.of(source), conflicts, List.of());
    }

    List<ConsolidatedRecord> february2018() {
        List<ConsolidatedRecord> r = new ArrayList<>();
        r.add(record(RecordType.INBOUND, LocalDate.of(2018, 2, 13), "LA", "Bolykhămxay", 17, null, null, null, null, null));
        r.add(record(RecordType.INBOUND, LocalDate.of(2018, 2, 14), "LA", "Khăm Muộn", 12, null, null, null, null, null));
        r.add(record(RecordType.INBOUND, LocalDate.of(2018, 1, 25), "KR", "KOICA", 2, null, null, null, null, null));
        r.add(record(RecordType.INBOUND, LocalDate.of(2018, 2, 20), "JP", "=HYPERLINK(\"x\")", 3, null, null, null, null, null));
        r.add(record(RecordType.INBOUND, LocalDate.of(2018, 2, 25), "TH", "Nakhon Phanom", 2, null, null, null, null, null));
        r.add(record(RecordType.INBOUND, LocalDate.of(2018, 2, 26), "TH", "Sakon Nakhon", 9, null, null, null, null, null));
        r.add(record(RecordType.OUTBOUND, LocalDate.of(2018, 2, 3), "LA", "Thủ đô Viêng Chăn", 6, null, null, null, null, null));
        r.add(record(RecordType.OUTBOUND, LocalDate.of(2018, 2, 8), "LA", "Khăm Muộn", 4, null, null, null, null, null));
        r.add(record(RecordType.SEMINAR, LocalDate.of(2018, 2, 9), null, "JICA", 20, "Hội thảo xúc tiến đầu tư", null, null, null, null));
        r.add(record(RecordType.AGREEMENT, LocalDate.of(2017, 6, 1), "LA", "Khăm Muộn", null, "Biên bản hợp tác", "TINH", null, null, null));
        r.add(record(RecordType.AID, LocalDate.of(2017, 9, 1), null, "World Vision", null, "Dự án nước sạch", null,
                new BigDecimal("1487350"), null, null));
        r.add(record(RecordType.CONSULAR, null, null, null, null, null, null, null, YearMonth.of(2017, 11), 4));
        return r;
    }

    @Test
    void theMonthlyReportStatesTheFiguresInTheSeedsWordsOnAnA4PageWithTheDecreesMargins() throws Exception {
        ReportRequest request = new ReportRequest(ReportKind.MONTHLY, ReportPeriods.monthly(YearMonth.of(2018, 2), 25),
                "28", LocalDate.of(2018, 2, 26), OUT.resolve("monthly"), 25);
        new ReportDocument(ReportTexts.load(Path.of("jobs/report")), COUNTRIES).write(request, february2018());
        try (InputStream in = Files.newInputStream(request.document()); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText())
                    .contains("UBND TỈNH HÀ TĨNH", "SỞ NGOẠI VỤ", "Số: 28/BC-SNgV", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                            "Độc lập - Tự do - Hạnh phúc", "Hà Tĩnh, ngày 26 tháng 02 năm 2018", "BÁO CÁO",
                            "Công tác thông tin đối ngoại từ ngày 25/01/2018 đến 25/02/2018;",
                            "Kính gửi: Ban Tuyên giáo Tỉnh ủy",
                            "1. Kết quả hoạt động từ ngày 25/01/2018 - 25/02/2018",
                            "Từ ngày 25/01/2018 đến ngày 25/02/2018 có 02 đoàn với 10 lượt CBCCVC đi công tác nước ngoài "
                                    + "và 05 đoàn với 36 lượt khách nước ngoài vào làm việc tại Hà Tĩnh, trong đó có",
                            "đoàn Bolykhămxay, đoàn Khăm Muộn (Lào)",
                            "Tổ chức 01 hội nghị, hội thảo quốc tế với 20 lượt đại biểu nước ngoài",
                            "II. KẾ HOẠCH TRỌNG TÂM THÁNG 3/2018", "Nơi nhận:", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
                            "Thái Phúc Sơn");
            var sect = doc.getDocument().getBody().getSectPr();
            assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(sect.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(mm(sect.getPgMar().getTop())).isBetween(20.0, 25.0);
            assertThat(mm(sect.getPgMar().getBottom())).isBetween(20.0, 25.0);
            assertThat(mm(sect.getPgMar().getLeft())).isBetween(30.0, 35.0);
            assertThat(mm(sect.getPgMar().getRight())).isBetween(15.0, 20.0);
            for (XWPFParagraph p : doc.getParagraphs()) {
                for (XWPFRun r : p.getRuns()) {
                    if (r.text() != null && !r.text().isBlank()) {
                        assertThat(r.getFontFamily()).isEqualTo("Times New Roman");
                        assertThat(r.getFontSizeAsDouble()).isBetween(13.0, 14.0);
                    }
                }
            }
        }
    }

    @Test
    void theTermReportComputesEveryFigureAndCarriesNativeCharts() throws Exception {
        ReportRequest request = new ReportRequest(ReportKind.TERM, new Period(LocalDate.of(2017, 1, 1),
                LocalDate.of(2018, 8, 31)), null, LocalDate.of(2018, 8, 31), OUT.resolve("term"), 25);
        new ReportDocument(ReportTexts.load(Path.of("jobs/report")), COUNTRIES).write(request, february2018());
        try (InputStream in = Files.newInputStream(request.document()); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText())
                    .contains("Kính gửi: Sở Kế hoạch và Đầu tư",
                            "Tham mưu tỉnh làm thủ tục cho 02 đoàn với 10 lượt CBCCVC đi công tác nước ngoài; tổ chức "
                                    + "đón tiếp 06 đoàn với 45 lượt khách quốc tế, trong đó: Lào 02 đoàn với 29 lượt",
                            "ký kết 01 thỏa thuận quốc tế, trong đó cấp tỉnh 01, cấp huyện 00, cấp xã 00",
                            "01 chương trình, dự án viện trợ", "cam kết 1.487.350 USD", "giải ngân đạt 743.675 USD",
                            "Tham mưu xử lý 04 vụ việc", "hợp pháp hóa lãnh sự 12 hồ sơ", "2.4.", "2.8.", "4. Kiến nghị");
            assertThat(doc.getCharts()).hasSize(2);
        }
    }

    @Test
    void theAnnexListsEveryRecordOfThePeriodWithSourcesAndConflictsAndNoFormula() throws Exception {
        ReportRequest request = new ReportRequest(ReportKind.MONTHLY, ReportPeriods.monthly(YearMonth.of(2018, 2), 25),
                null, LocalDate.of(2018, 2, 26), OUT.resolve("annex"), 25);
        new AnnexWriter(COUNTRIES).write(request, february2018());
        try (InputStream in = Files.newInputStream(request.annex()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet inbound = wb.getSheet("DoanVao");
            assertThat(inbound.getLastRowNum()).isEqualTo(5);
            assertThat(inbound.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(inbound.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            List<String> shared = new ArrayList<>();
            for (int r = 1; r <= inbound.getLastRowNum(); r++) {
                for (var cell : inbound.getRow(r)) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith("Có")) {
                        shared.add(inbound.getRow(r).getCell(0).getStringCellValue());
                    }
                }
            }
            assertThat(shared).as("records on the shared cut-off day are marked as already reported").hasSize(1);
            assertThat(wb.getSheet("DoanVao").getRow(1).getCell(0).getStringCellValue()).isEqualTo("I-1");
            String conflictColumn = inbound.getRow(1).getCell(inbound.getRow(0).getLastCellNum() - 2).getStringCellValue();
            assertThat(conflictColumn).contains("SNGV: 12").contains("NX: 20");
        }
    }

    @Test
    void figuresJsonHasEveryKeyAndZeroWhereNothingHappened() throws Exception {
        Period period = ReportPeriods.monthly(YearMonth.of(2018, 2), 25);
        Figures f = FiguresCalculator.compute(ReportKind.MONTHLY, period, february2018());
        Path file = OUT.resolve("figures.json");
        FiguresJson.write(f, file);
        JsonNode json = JsonMapper.builder().build().readTree(file.toFile());
        assertThat(json.get("kind").asString()).isEqualTo("monthly");
        assertThat(json.get("period").get("from").asString()).isEqualTo("2018-01-25");
        assertThat(json.get("outbound").get("persons").asInt()).isEqualTo(10);
        assertThat(json.get("inbound").get("byCountry").get("LA").get("visitors").asInt()).isEqualTo(29);
        assertThat(json.get("agreements").get("count").asInt()).isZero();
        assertThat(json.get("aid").get("committedUsd").isIntegralNumber()).isTrue();
        assertThat(json.get("consular").get("cases").asInt()).isZero();
        assertThat(json.propertyNames()).containsExactly("kind", "period", "outbound", "inbound", "seminars",
                "agreements", "aid", "consular");
    }

    @Test
    void aMonthlyReportCountsTheConsularWorkOfItsOwnMonthATermReportTheMonthsWhollyInside() {
        List<ConsolidatedRecord> months = new ArrayList<>();
        for (int m = 1; m <= 4; m++) {
            months.add(record(RecordType.CONSULAR, null, null, null, null, null, null, null, YearMonth.of(2021, m), m));
        }
        // 26/02 to 25/03: no month lies wholly inside; March is the report's month
        Period march = ReportPeriods.monthly(YearMonth.of(2021, 3), 25);
        assertThat(FiguresCalculator.compute(ReportKind.MONTHLY, march, months).consular().cases()).isEqualTo(3);
        Period term = new Period(LocalDate.of(2021, 1, 15), LocalDate.of(2021, 4, 30));
        assertThat(FiguresCalculator.compute(ReportKind.TERM, term, months).consular().cases()).isEqualTo(2 + 3 + 4);
    }

    private static double mm(Object twips) {
        return new BigInteger(twips.toString()).doubleValue() / 1440 * 25.4;
    }
}
