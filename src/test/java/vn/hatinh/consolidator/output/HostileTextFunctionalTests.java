package vn.hatinh.consolidator.output;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hatinh.consolidator.support.WorkbookBuilder.row;
import static vn.hatinh.consolidator.support.WorkbookBuilder.workbook;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.hatinh.consolidator.cli.Main;
import vn.hatinh.consolidator.support.ExportedCsv;

/**
 * A unit types text cells that Excel would run as formulas; the workbook is ingested through the command line and
 * every file the project writes from it is read back: the CSV exports hold the text exactly after the neutralising
 * apostrophe and no field Excel would evaluate, and the feedback workbook, the annex and the template hold it exactly
 * in quote-prefixed text cells, with no formula anywhere.
 */
class HostileTextFunctionalTests {

    static final Path WORK = Path.of("target", "functional", "hostile-" + System.nanoTime()).toAbsolutePath();
    static final Path INBOX = WORK.resolve("inbox");
    static final String[] STORE = {"--data-dir", WORK.resolve("data").toString(), "--jobs-dir", "jobs"};

    static final String LINK = "=HYPERLINK(\"http://x\",\"Bấm vào\")";
    static final String CALC = "@SUM(1+1)*cmd|' /C calc'!A0";
    static final String PLUS = "+Hà Tĩnh";
    static final String MINUS = "-abc";
    static final String TAB = "\t=1+1 sau tab";
    /** Every cell is read trimmed (a leading tab included): what the project keeps of the tab cell. */
    static final String TAB_KEPT = "=1+1 sau tab";
    static final String FILE = "=bao cao thang 3.xlsx";
    static final String SHEET = "@Doan vao";

    /** What Excel evaluates in a CSV field (OWASP): these first characters, but for a plain negative number. */
    static final Pattern LIVE = Pattern.compile("^[=+\\-@\\t\\r].*", Pattern.DOTALL);
    static final Pattern NEGATIVE_NUMBER = Pattern.compile("-\\d+(?:[.,]\\d+)?");

    @BeforeAll
    static void ingestAndWriteEverything() throws Exception {
        workbook().sheet(SHEET,
                        row("Đơn vị báo cáo:", "UBND thành phố Hà Tĩnh"),
                        row("Kỳ báo cáo:", "Tháng 03/2024"),
                        row("Ngày lập:", "28/03/2024"),
                        row(),
                        row("STT", "Tên đoàn", "Quốc gia", "Đối tác", "Ngày đến", "Ngày đi", "Số khách",
                                "Đơn vị đón tiếp", "Nội dung", "Ghi chú"),
                        row(1, LINK, "Lào", CALC, "05/03/2024", "07/03/2024", 12, PLUS, MINUS, TAB),
                        row(2, PLUS, "Nhật Bản", MINUS, "10/03/2024", "11/03/2024", 3, LINK, CALC, null),
                        row(3, MINUS, "Hàn Quốc", PLUS, "15/03/2024", "16/03/2024", 4, CALC, LINK, null),
                        row(4, LINK, "Lào", PLUS, null, "07/03/2024", 2, null, null, null),
                        row(5, PLUS, "Lào", LINK, CALC, "07/03/2024", 2, null, null, null),
                        row(6, CALC, "Lào", MINUS, "05/03/2024", "07/03/2024", MINUS, null, null, null))
                .writeTo(INBOX.resolve(FILE));

        assertThat(run("ingest", "--inbox", INBOX.toString(), "--settle-seconds", "0")).isZero();
        for (String export : List.of("submissions", "rejections", "links", "records")) {
            assertThat(run("export", export, "--out", WORK.resolve(export + ".csv").toString())).isZero();
        }
        assertThat(run("report", "monthly", "--month", "2024-03", "--number", "15", "--date", "2024-03-26",
                "--out", WORK.resolve("monthly").toString())).isZero();
        assertThat(run("template", "--out", WORK.resolve("mau.xlsx").toString())).isZero();
    }

    @Test
    void everyCsvExportHoldsTheTextExactlyAfterTheApostropheAndNothingLive() throws Exception {
        List<CSVRecord> submissions = csv("submissions");
        assertThat(submissions).singleElement().satisfies(r -> {
            assertThat(r.get("path")).isEqualTo("'" + FILE);
            assertThat(r.get("unit")).isEqualTo("TPHT");
            assertThat(r.get("status")).isEqualTo("ACCEPTED");
            assertThat(r.get("rows_accepted")).isEqualTo("3");
            assertThat(r.get("rows_rejected")).isEqualTo("3");
        });
        List<CSVRecord> rejections = csv("rejections");
        assertThat(rejections).hasSize(3).allSatisfy(r -> {
            assertThat(r.get("path")).isEqualTo("'" + FILE);
            assertThat(r.get("sheet")).isEqualTo("'" + SHEET);
        });
        assertThat(rejections).extracting(r -> r.get("reason")).containsExactly("Thiếu ngày đến",
                "Ngày đến: không đọc được ngày \"" + CALC + "\" (ghi theo dạng ngày/tháng/năm, ví dụ 05/03/2024)",
                "Số khách không phải là số: \"" + MINUS + "\"");
        List<CSVRecord> links = csv("links");
        assertThat(links).hasSize(3).allSatisfy(r -> {
            assertThat(r.get("path")).isEqualTo("'" + FILE);
            assertThat(r.get("sheet")).isEqualTo("'" + SHEET);
        });
        List<CSVRecord> records = csv("records");
        assertThat(records).extracting(r -> r.get("title") + " | " + r.get("partner")).containsExactlyInAnyOrder(
                "'" + LINK + " | '" + CALC, "'" + PLUS + " | '" + MINUS, "'" + MINUS + " | '" + PLUS);

        for (String export : List.of("submissions", "rejections", "links", "records")) {
            List<String> live = new ArrayList<>();
            for (CSVRecord r : csv(export)) {
                for (String field : r) {
                    if (LIVE.matcher(field).matches() && !NEGATIVE_NUMBER.matcher(field).matches()) {
                        live.add(field);
                    }
                }
            }
            assertThat(live).as(export + ": fields Excel would evaluate").isEmpty();
        }
    }

    @Test
    void theFeedbackWorkbookHoldsTheTextExactlyInQuotePrefixedCells() throws Exception {
        Path feedback;
        try (Stream<Path> archived = Files.walk(WORK.resolve("data/archive"))) {
            feedback = archived.filter(p -> p.getFileName().toString().endsWith(".phan-hoi.xlsx")).findFirst()
                    .orElseThrow();
        }
        try (XSSFWorkbook wb = open(feedback)) {
            assertNothingLive(wb);
            List<String> table = texts(wb.getSheetAt(1));
            assertThat(table).contains(LINK, CALC, PLUS, MINUS, TAB_KEPT, "Đã nhận")
                    .contains("Bị từ chối: Số khách không phải là số: \"" + MINUS + "\"");
            Sheet summary = wb.getSheet("Tóm tắt");
            assertThat(valueOf(summary, "Tệp")).isEqualTo(FILE);
            assertThat(valueOf(summary, "Đơn vị")).isEqualTo("UBND thành phố Hà Tĩnh");
            List<String> advice = adviceLines(summary);
            assertThat(advice).containsExactly(
                    "Điền vào các ô đang để trống: \"Ngày đến\" (1 dòng).",
                    "Ghi lại ngày ở cột \"Ngày đến\" theo dạng ngày/tháng/năm, ngày trước tháng sau, ví dụ 05/03/2024;"
                            + " một khoảng thời gian ghi như 12-15/03/2024 hoặc 28/02/2024 - 03/03/2024 (1 dòng).",
                    "Ở cột \"Số khách\" chỉ ghi số bằng chữ số, không kèm chữ, không ghi số âm (ví dụ 12; giá trị tiền"
                            + " ví dụ 1.500.000); số người, số khách, số vụ việc, số hồ sơ là số nguyên (1 dòng).",
                    "Sau khi sửa, gửi lại cả tệp cho cùng kỳ báo cáo với Ngày lập mới; các dòng bị từ chối được liệt kê"
                            + " ở các trang sau, cột \"Trạng thái\".");
        }
    }

    @Test
    void theAnnexHoldsTheTextExactlyInQuotePrefixedCells() throws Exception {
        Path annex;
        try (Stream<Path> written = Files.list(WORK.resolve("monthly"))) {
            annex = written.filter(p -> p.getFileName().toString().endsWith("-phu-luc.xlsx")).findFirst().orElseThrow();
        }
        try (XSSFWorkbook wb = open(annex)) {
            assertNothingLive(wb);
            List<String> inbound = texts(wb.getSheet("DoanVao"));
            assertThat(inbound).contains(LINK, CALC, PLUS, MINUS);
            assertThat(inbound).anyMatch(t -> t.startsWith("TPHT - " + FILE + " - " + SHEET + " - dòng "));
        }
    }

    @Test
    void theTemplateHasOnlyQuotePrefixedText() throws Exception {
        try (XSSFWorkbook wb = open(WORK.resolve("mau.xlsx"))) {
            assertNothingLive(wb);
            assertThat(texts(wb.getSheet("DoanVao"))).contains("Tên đoàn", "Đơn vị báo cáo:");
        }
    }

    /** No formula cell, and every text cell quote-prefixed, in every sheet. */
    private static void assertNothingLive(XSSFWorkbook wb) {
        int text = 0;
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
                            .isNotEqualTo(CellType.FORMULA);
                    if (cell.getCellType() == CellType.STRING) {
                        assertThat(cell.getCellStyle().getQuotePrefixed())
                                .as(sheet.getSheetName() + "!" + cell.getAddress() + " quote-prefixed").isTrue();
                        text++;
                    }
                }
            }
        }
        assertThat(text).isPositive();
    }

    private static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }

    private static String valueOf(Sheet summary, String label) {
        for (Row row : summary) {
            if (row.getCell(0).getStringCellValue().equals(label)) {
                return row.getCell(1).getStringCellValue();
            }
        }
        throw new AssertionError("no line " + label);
    }

    private static List<String> adviceLines(Sheet summary) {
        List<String> lines = new ArrayList<>();
        boolean in = false;
        for (Row row : summary) {
            String label = row.getCell(0).getStringCellValue();
            in = label.equals("Cần làm") || in && label.isEmpty();
            if (in) {
                lines.add(row.getCell(1).getStringCellValue());
            }
        }
        return lines;
    }

    private static List<CSVRecord> csv(String export) throws Exception {
        return ExportedCsv.read(WORK.resolve(export + ".csv"));
    }

    private static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static int run(String... args) {
        String[] all = new String[args.length + STORE.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(STORE, 0, all, args.length, STORE.length);
        return Main.run(all);
    }
}
