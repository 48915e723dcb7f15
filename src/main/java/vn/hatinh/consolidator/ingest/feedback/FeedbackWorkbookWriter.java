package vn.hatinh.consolidator.ingest.feedback;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

import vn.hatinh.consolidator.ingest.FeedbackWriter;
import vn.hatinh.consolidator.ingest.ParsedRow;
import vn.hatinh.consolidator.ingest.Submission;
import vn.hatinh.consolidator.ingest.SubmissionStatus;
import vn.hatinh.consolidator.ingest.WorkbookReading;
import vn.hatinh.consolidator.output.SafeCells;

/**
 * The workbook a unit's clerk reads: a summary sheet, then each table with the unit's own rows as typed and a
 * status column, "Đã nhận" or "Bị từ chối: <lý do>". Written with SXSSF so a million rows stay in bounded memory;
 * every text the unit typed goes through {@link SafeCells}.
 */
@Component
public class FeedbackWorkbookWriter implements FeedbackWriter {

    static final String ACCEPTED = "Đã nhận";
    static final String REJECTED = "Bị từ chối: ";
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Override
    public void write(Submission submission, List<WorkbookReading.FoundTable> tables, Stream<ParsedRow> rows,
                      Path target) throws IOException {
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            wb.setCompressTempFiles(false);
            CellStyle header = headerStyle(wb);
            summary(wb, submission, header);
            Map<String, Sheet> sheets = new HashMap<>();
            Map<String, Integer> nextRow = new HashMap<>();
            Iterator<ParsedRow> it = rows.iterator();
            while (it.hasNext()) {
                ParsedRow r = it.next();
                Sheet sheet = sheets.computeIfAbsent(r.sheet(), name -> tableSheet(wb, name, tables, header, nextRow));
                int index = nextRow.merge(r.sheet(), 1, Integer::sum);
                Row row = sheet.createRow(index);
                row.createCell(0).setCellValue(r.rowNumber());
                SafeCells.setText(row.createCell(1), r.accepted() ? ACCEPTED : REJECTED + r.rejection());
                for (int c = 0; c < r.cells().size(); c++) {
                    if (!r.cells().get(c).isEmpty()) {
                        SafeCells.setText(row.createCell(c + 2), r.cells().get(c));
                    }
                }
            }
            // widths go last: once a sheet has column definitions, SXSSF looks each new cell's column style up in
            // them, which made a million-row feedback several times slower
            for (Sheet sheet : sheets.values()) {
                widths(sheet);
            }
            try (OutputStream out = Files.newOutputStream(temporary)) {
                wb.write(out);
            }
            wb.dispose();
        }
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void summary(SXSSFWorkbook wb, Submission s, CellStyle header) {
        Sheet sheet = wb.createSheet("Tóm tắt");
        String status = switch (s.status()) {
            case REJECTED -> REJECTED.trim() + " " + s.reason();
            case SUPERSEDED, DUPLICATE -> s.status().vietnamese() + (s.reason() == null ? "" : ": " + s.reason());
            default -> s.status().vietnamese();
        };
        String[][] lines = {
                {"Tệp", s.path()},
                {"Đơn vị", s.unit() == null ? "Chưa xác định" : s.unit()},
                {"Kỳ báo cáo", s.periodFrom() == null ? "Không ghi"
                        : s.periodFrom().format(DMY) + " - " + s.periodTo().format(DMY)
                        + (s.periodLabel() == null ? "" : " (" + s.periodLabel() + ")")},
                {"Trạng thái", status},
                {"Số dòng được nhận", Integer.toString(s.rowsAccepted())},
                {"Số dòng bị từ chối", Integer.toString(s.rowsRejected())},
                {"Cần làm", advice(s)}};
        for (int i = 0; i < lines.length; i++) {
            Row row = sheet.createRow(i);
            row.createCell(0).setCellValue(lines[i][0]);
            row.getCell(0).setCellStyle(header);
            SafeCells.setText(row.createCell(1), lines[i][1]);
        }
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 100 * 256);
    }

    private static String advice(Submission s) {
        if (s.status() == SubmissionStatus.REJECTED) {
            return "Sửa theo lý do trên rồi gửi lại tệp.";
        }
        if (s.rowsRejected() > 0) {
            return "Sửa các dòng bị từ chối (xem cột Trạng thái) và gửi lại cả tệp cho cùng kỳ báo cáo.";
        }
        return "Không cần làm gì thêm.";
    }

    private static Sheet tableSheet(SXSSFWorkbook wb, String name, List<WorkbookReading.FoundTable> tables,
                                    CellStyle header, Map<String, Integer> nextRow) {
        String safe = name.replaceAll("[\\\\/?*\\[\\]:]", "_");
        safe = safe.length() > 31 ? safe.substring(0, 31) : safe;
        if (safe.equals("Tóm tắt") || wb.getSheet(safe) != null) {
            safe = (safe.length() > 28 ? safe.substring(0, 28) : safe) + " " + (wb.getNumberOfSheets());
        }
        SXSSFSheet sheet = wb.createSheet(safe);
        Row row = sheet.createRow(0);
        row.createCell(0).setCellValue("Dòng");
        row.createCell(1).setCellValue("Trạng thái");
        tables.stream().filter(t -> t.sheet().equals(name)).findFirst().ifPresent(t -> {
            for (int c = 0; c < t.headerCells().size(); c++) {
                SafeCells.setText(row.createCell(c + 2), t.headerCells().get(c));
            }
        });
        for (org.apache.poi.ss.usermodel.Cell c : row) {
            c.setCellStyle(header);
        }
        sheet.createFreezePane(2, 1);
        nextRow.put(name, 0);
        return sheet;
    }

    private static void widths(Sheet sheet) {
        sheet.setColumnWidth(0, 8 * 256);
        sheet.setColumnWidth(1, 60 * 256);
        for (int c = 2; c < 20; c++) {
            sheet.setColumnWidth(c, 20 * 256);
        }
    }

    private static CellStyle headerStyle(SXSSFWorkbook wb) {
        CellStyle style = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setWrapText(true);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
