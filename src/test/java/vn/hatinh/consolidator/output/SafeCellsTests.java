package vn.hatinh.consolidator.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Text written through SafeCells reads back exactly, as a quote-prefixed text cell, in the style it was given. */
class SafeCellsTests {

    static final String[] HOSTILE = {"=HYPERLINK(\"http://x\",\"Bấm vào\")", "@SUM(1+1)*cmd|' /C calc'!A0",
            "+Hà Tĩnh", "-abc", "\tđầu là tab", "Bình thường"};

    @Test
    void textIsExactQuotePrefixedAndKeepsItsStyleInBothWorkbookKinds() throws Exception {
        for (Workbook wb : new Workbook[] {new XSSFWorkbook(), new SXSSFWorkbook(10)}) {
            SafeCells cells = SafeCells.of(wb);
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            Sheet sheet = wb.createSheet("S");
            for (int r = 0; r < 1000; r++) {
                for (int c = 0; c < HOSTILE.length; c++) {
                    cells.text(row(sheet, r * 2).createCell(c), HOSTILE[c], r == 0 ? bold : null);
                }
            }
            int styles = wb.getNumCellStyles();
            assertThat(styles).as("one quoted twin per style, not one per cell").isLessThanOrEqualTo(4);
            try (Workbook back = reread(wb)) {
                Sheet s = back.getSheet("S");
                for (int r : new int[] {0, 2, 1998}) {
                    for (int c = 0; c < HOSTILE.length; c++) {
                        Cell cell = s.getRow(r).getCell(c);
                        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                        assertThat(cell.getStringCellValue()).isEqualTo(HOSTILE[c]);
                        assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
                        assertThat(back.getFontAt(cell.getCellStyle().getFontIndex()).getBold()).isEqualTo(r == 0);
                        assertThat(cell.getCellStyle().getWrapText()).isEqualTo(r == 0);
                    }
                }
            }
            wb.close();
        }
    }

    private static org.apache.poi.ss.usermodel.Row row(Sheet sheet, int index) {
        org.apache.poi.ss.usermodel.Row row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }

    private static Workbook reread(Workbook wb) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        wb.write(bytes);
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }
}
