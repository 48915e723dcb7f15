package vn.hatinh.consolidator.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.hatinh.consolidator.consolidate.ReviewDecision;
import vn.hatinh.consolidator.output.SafeCells;
import vn.hatinh.consolidator.reference.TextFold;

/**
 * The review queue as a workbook an operator fills in: first sheet, a header row, one item a row, and a column
 * "Quyết định" for "gộp" or "tách". Reading it back is reading a file from outside: its size is bounded, only the
 * first sheet's two known columns are read, and every row that cannot be read is reported, not guessed.
 */
final class ReviewWorkbook {

    static final String[] HEADERS = {"Mã", "Xác suất trùng", "Bên A", "Bên B", "Căn cứ", "Quyết định"};
    static final long MAX_BYTES = 20L * 1024 * 1024;
    static final int MAX_ROWS = 100_000;

    /** A decision read from a row. */
    record Decision(int row, String id, ReviewDecision.Kind kind) {
    }

    /** What a filled-in workbook says: the decisions, and a Vietnamese sentence per row that could not be read. */
    record Reading(List<Decision> decisions, List<String> problems) {
    }

    private ReviewWorkbook() {
    }

    static void write(Path out, List<ReviewCommand.Item> items, Map<String, String[]> sides) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            SafeCells cells = SafeCells.of(wb);
            Sheet sheet = wb.createSheet("Rà soát");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.length; c++) {
                cells.text(header.createCell(c), HEADERS[c]);
            }
            int r = 1;
            for (ReviewCommand.Item item : items) {
                Row row = sheet.createRow(r++);
                String[] s = sides.get(item.id());
                cells.text(row.createCell(0), item.id());
                row.createCell(1).setCellValue(Math.round(item.probability() * 1000) / 1000.0);
                cells.text(row.createCell(2), s[0]);
                cells.text(row.createCell(3), s[1]);
                cells.text(row.createCell(4), item.evidence());
                row.createCell(5).setBlank();
            }
            sheet.setColumnWidth(0, 10 * 256);
            sheet.setColumnWidth(1, 12 * 256);
            sheet.setColumnWidth(2, 70 * 256);
            sheet.setColumnWidth(3, 70 * 256);
            sheet.setColumnWidth(4, 80 * 256);
            sheet.setColumnWidth(5, 14 * 256);
            sheet.createFreezePane(0, 1);
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
    }

    static Reading read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("Không tìm thấy tệp " + file + ".");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new IllegalArgumentException("Tệp " + file + " quá lớn cho một danh sách rà soát.");
        }
        List<Decision> decisions = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            int idColumn = -1;
            int decisionColumn = -1;
            if (header != null) {
                for (Cell c : header) {
                    String h = TextFold.fold(text(c, formatter));
                    if (h.equals("ma")) {
                        idColumn = c.getColumnIndex();
                    } else if (h.equals("quyet dinh")) {
                        decisionColumn = c.getColumnIndex();
                    }
                }
            }
            if (idColumn < 0 || decisionColumn < 0) {
                throw new IllegalArgumentException("Trang đầu của tệp không có dòng tiêu đề với cột \"Mã\" và cột "
                        + "\"Quyết định\"; hãy dùng tệp do review export tạo ra.");
            }
            int last = Math.min(sheet.getLastRowNum(), header.getRowNum() + MAX_ROWS);
            for (int r = header.getRowNum() + 1; r <= last; r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String id = text(row.getCell(idColumn), formatter).trim();
                String said = text(row.getCell(decisionColumn), formatter).trim();
                if (said.isEmpty()) {
                    continue;
                }
                String folded = TextFold.fold(said);
                ReviewDecision.Kind kind = folded.equals("gop") ? ReviewDecision.Kind.MERGE
                        : folded.equals("tach") ? ReviewDecision.Kind.SPLIT : null;
                if (kind == null) {
                    problems.add("Dòng " + (r + 1) + ": không hiểu quyết định \"" + cut(said) + "\"; hãy ghi \"gộp\" hoặc \"tách\".");
                } else if (id.isEmpty()) {
                    problems.add("Dòng " + (r + 1) + ": thiếu mã cặp.");
                } else {
                    decisions.add(new Decision(r + 1, id, kind));
                }
            }
        } catch (org.apache.poi.ooxml.POIXMLException | org.apache.poi.UnsupportedFileFormatException
                 | org.apache.poi.openxml4j.exceptions.InvalidOperationException e) {
            throw new IllegalArgumentException("Tệp " + file + " không phải là bảng tính .xlsx đọc được.");
        }
        return new Reading(decisions, problems);
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        // a formula is never evaluated: its cached value is what the operator saw
        return cell.getCellType() == CellType.FORMULA ? formatter.formatCellValue(cell, null) : formatter.formatCellValue(cell);
    }

    private static String cut(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
