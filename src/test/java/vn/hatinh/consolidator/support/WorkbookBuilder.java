package vn.hatinh.consolidator.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds small workbooks for tests: sheets of rows whose values are strings, numbers or dates. */
public final class WorkbookBuilder {

    private final List<SheetSpec> sheets = new ArrayList<>();

    private record SheetSpec(String name, List<Object[]> rows) {
    }

    public static WorkbookBuilder workbook() {
        return new WorkbookBuilder();
    }

    public WorkbookBuilder sheet(String name, Object[]... rows) {
        sheets.add(new SheetSpec(name, List.of(rows)));
        return this;
    }

    public static Object[] row(Object... cells) {
        return cells;
    }

    /** Writes .xlsx (or .xls when the name ends so) with a modification time in the past, as a settled file. */
    public Path writeTo(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Workbook wb = file.toString().endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook()) {
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            for (SheetSpec spec : sheets) {
                Sheet sheet = wb.createSheet(spec.name());
                for (int r = 0; r < spec.rows().size(); r++) {
                    Object[] values = spec.rows().get(r);
                    if (values == null || values.length == 0) {
                        continue;
                    }
                    put(sheet.createRow(r), values, dateStyle);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        settle(file);
        return file;
    }

    /** Writes one row's values as a unit types them: numbers, real date cells (in {@code dateStyle}), text. */
    public static void put(Row row, Object[] values, CellStyle dateStyle) {
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v == null) {
                continue;
            }
            if (v instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (v instanceof LocalDate d) {
                row.createCell(c).setCellValue(d);
                row.getCell(c).setCellStyle(dateStyle);
            } else {
                row.createCell(c).setCellValue(v.toString());
            }
        }
    }

    /** Gives a file a modification time an hour ago, so the scan does not take it for a file being written. */
    public static void settle(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
    }
}
