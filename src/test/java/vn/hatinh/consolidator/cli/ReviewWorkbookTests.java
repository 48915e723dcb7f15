package vn.hatinh.consolidator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.hatinh.consolidator.consolidate.ReviewDecision;

class ReviewWorkbookTests {

    static final Path DIR = Path.of("target", "review-workbook-" + System.nanoTime());

    @Test
    void anExportedQueueFilledInComesBackAsDecisionsAndUnreadableRowsAreReported() throws Exception {
        List<ReviewCommand.Item> items = List.of(
                new ReviewCommand.Item("a1b2c3", "k1", "k2", 0.62, "xác suất trùng 0,620"),
                new ReviewCommand.Item("d4e5f6", "k3", "k4", 0.41, "xác suất trùng 0,410"),
                new ReviewCommand.Item("0a0b0c", "k5", "k6", 0.55, "xác suất trùng 0,550"),
                new ReviewCommand.Item("777777", "k7", "k8", 0.35, "xác suất trùng 0,350"));
        Path file = DIR.resolve("queue.xlsx");
        ReviewWorkbook.write(file, items, Map.of(
                "a1b2c3", new String[] {"=HYPERLINK(\"http://x\")", "SNGV · f.xlsx · trang DoanVao dòng 7"},
                "d4e5f6", new String[] {"A", "B"}, "0a0b0c", new String[] {"C", "D"},
                "777777", new String[] {"E", "F"}));

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Quyết định");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            // a unit's text never becomes a formula: a text cell, exactly as typed, with Excel's quote prefix
            assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(sheet.getRow(1).getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
            sheet.getRow(1).getCell(5).setCellValue("gộp");
            sheet.getRow(2).getCell(5).setCellValue("TACH");
            sheet.getRow(3).getCell(5).setCellValue("có lẽ");
            try (OutputStream os = Files.newOutputStream(file)) {
                wb.write(os);
            }
        }

        ReviewWorkbook.Reading reading = ReviewWorkbook.read(file);
        assertThat(reading.decisions()).containsExactly(
                new ReviewWorkbook.Decision(2, "a1b2c3", ReviewDecision.Kind.MERGE),
                new ReviewWorkbook.Decision(3, "d4e5f6", ReviewDecision.Kind.SPLIT));
        assertThat(reading.problems()).containsExactly(
                "Dòng 4: không hiểu quyết định \"có lẽ\"; hãy ghi \"gộp\" hoặc \"tách\".");
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedWithASentence() throws Exception {
        Path file = DIR.resolve("not.xlsx");
        Files.createDirectories(DIR);
        Files.writeString(file, "Mã,Quyết định\na1b2c3,gộp\n");
        assertThatThrownBy(() -> ReviewWorkbook.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("không phải là bảng tính");
    }
}
