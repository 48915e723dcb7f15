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
import vn.hatinh.consolidator.ingest.WorkbookReading;
import vn.hatinh.consolidator.output.SafeCells;
import vn.hatinh.consolidator.output.XmlFactories;
import vn.hatinh.consolidator.reference.ReferenceData;
import vn.hatinh.consolidator.reference.Unit;

/**
 * The workbook a unit's clerk reads: a summary sheet (the unit by its registry name, and what to change for each
 * kind of rejection found), then each table with the unit's own rows as typed and a status column, "Đã nhận" or
 * "Bị từ chối: <lý do>". Written with SXSSF so a million rows stay in bounded memory; every text cell goes through
 * {@link SafeCells}, so it reads exactly as the unit typed it and is never evaluated.
 */
@Component
public class FeedbackWorkbookWriter implements FeedbackWriter {

    static final String ACCEPTED = "Đã nhận";
    static final String REJECTED = "Bị từ chối: ";
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ReferenceData reference;

    public FeedbackWorkbookWriter(ReferenceData reference) {
        XmlFactories.preferJdkDefaults();
        this.reference = reference;
    }

    @Override
    public void write(Submission submission, List<WorkbookReading.FoundTable> tables, Stream<ParsedRow> rows,
                      Path target) throws IOException {
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            wb.setCompressTempFiles(false);
            SafeCells cells = SafeCells.of(wb);
            CellStyle header = headerStyle(wb);
            // the summary comes first in the workbook but is filled last: its advice depends on every rejection
            Sheet summary = wb.createSheet("Tóm tắt");
            FileAdvice advice = new FileAdvice();
            Map<String, Sheet> sheets = new HashMap<>();
            Map<String, Integer> nextRow = new HashMap<>();
            Iterator<ParsedRow> it = rows.iterator();
            while (it.hasNext()) {
                ParsedRow r = it.next();
                Sheet sheet = sheets.computeIfAbsent(r.sheet(),
                        name -> tableSheet(wb, cells, name, tables, header, nextRow));
                int index = nextRow.merge(r.sheet(), 1, Integer::sum);
                Row row = sheet.createRow(index);
                row.createCell(0).setCellValue(r.rowNumber());
                cells.text(row.createCell(1), r.accepted() ? ACCEPTED : REJECTED + r.rejection());
                if (!r.accepted()) {
                    advice.rejected(r.rejection());
                }
                for (int c = 0; c < r.cells().size(); c++) {
                    if (!r.cells().get(c).isEmpty()) {
                        cells.text(row.createCell(c + 2), r.cells().get(c));
                    }
                }
            }
            summary(summary, cells, submission, advice.lines(submission), header);
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

    private void summary(Sheet sheet, SafeCells cells, Submission s, List<String> advice, CellStyle header) {
        String status = switch (s.status()) {
            case REJECTED -> REJECTED.trim() + " " + s.reason();
            case SUPERSEDED, DUPLICATE -> s.status().vietnamese() + (s.reason() == null ? "" : ": " + s.reason());
            default -> s.status().vietnamese();
        };
        String[][] lines = {
                {"Tệp", s.path()},
                {"Đơn vị", unitName(s.unit())},
                {"Kỳ báo cáo", s.periodFrom() == null ? "Không ghi"
                        : s.periodFrom().format(DMY) + " - " + s.periodTo().format(DMY)
                        + (s.periodLabel() == null ? "" : " (" + s.periodLabel() + ")")},
                {"Trạng thái", status},
                {"Số dòng được nhận", Integer.toString(s.rowsAccepted())},
                {"Số dòng bị từ chối", Integer.toString(s.rowsRejected())}};
        int r = 0;
        for (String[] line : lines) {
            Row row = sheet.createRow(r++);
            cells.text(row.createCell(0), line[0], header);
            cells.text(row.createCell(1), line[1]);
        }
        // one line per kind of rejection, the label on the first only
        for (int i = 0; i < advice.size(); i++) {
            Row row = sheet.createRow(r++);
            cells.text(row.createCell(0), i == 0 ? "Cần làm" : "", header);
            cells.text(row.createCell(1), advice.get(i));
        }
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 100 * 256);
    }

    /** The unit as the registry names it; a code the registry no longer knows is shown as recorded. */
    private String unitName(String code) {
        if (code == null) {
            return "Chưa xác định";
        }
        return reference.units().byCode(code).map(Unit::name).orElse(code);
    }

    private static Sheet tableSheet(SXSSFWorkbook wb, SafeCells cells, String name,
                                    List<WorkbookReading.FoundTable> tables, CellStyle header,
                                    Map<String, Integer> nextRow) {
        String safe = name.replaceAll("[\\\\/?*\\[\\]:]", "_");
        safe = safe.length() > 31 ? safe.substring(0, 31) : safe;
        if (safe.equals("Tóm tắt") || wb.getSheet(safe) != null) {
            safe = (safe.length() > 28 ? safe.substring(0, 28) : safe) + " " + (wb.getNumberOfSheets());
        }
        SXSSFSheet sheet = wb.createSheet(safe);
        Row row = sheet.createRow(0);
        cells.text(row.createCell(0), "Dòng", header);
        cells.text(row.createCell(1), "Trạng thái", header);
        tables.stream().filter(t -> t.sheet().equals(name)).findFirst().ifPresent(t -> {
            for (int c = 0; c < t.headerCells().size(); c++) {
                cells.text(row.createCell(c + 2), t.headerCells().get(c), header);
            }
        });
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
