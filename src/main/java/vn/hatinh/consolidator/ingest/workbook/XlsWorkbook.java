package vn.hatinh.consolidator.ingest.workbook;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * A BIFF8 .xls, read with POI's usermodel (such files are small: ReadLimits caps them). Formula cells give their
 * cached value and are never evaluated.
 */
final class XlsWorkbook implements WorkbookContent {

    private final POIFSFileSystem fs;
    private final HSSFWorkbook workbook;
    private final ReadLimits limits;
    private final List<Integer> sheetIndexes = new ArrayList<>();

    private XlsWorkbook(POIFSFileSystem fs, HSSFWorkbook workbook, ReadLimits limits) {
        this.fs = fs;
        this.workbook = workbook;
        this.limits = limits;
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            sheetIndexes.add(i);
        }
    }

    static WorkbookContent open(POIFSFileSystem fs, ReadLimits limits) throws Exception {
        HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), false);
        if (wb.getNumberOfSheets() == 0) {
            wb.close();
            throw new WorkbookRejectedException(RejectionReason.NO_SHEETS, "no worksheet");
        }
        return new XlsWorkbook(fs, wb, limits);
    }

    @Override
    public boolean date1904() {
        return workbook.getInternalWorkbook().isUsing1904DateWindowing();
    }

    @Override
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        for (int i : sheetIndexes) {
            names.add(workbook.getSheetName(i));
        }
        return names;
    }

    @Override
    public SheetCursor openSheet(int index) {
        Sheet sheet = workbook.getSheetAt(sheetIndexes.get(index));
        Iterator<Row> rows = sheet.rowIterator();
        boolean date1904 = date1904();
        return new SheetCursor() {
            @Override
            public String sheetName() {
                return sheet.getSheetName();
            }

            @Override
            public SheetRow next() throws WorkbookRejectedException {
                try {
                    while (rows.hasNext()) {
                        Row row = rows.next();
                        List<Cell> cells = new ArrayList<>();
                        for (org.apache.poi.ss.usermodel.Cell c : row) {
                            if (c.getColumnIndex() >= limits.maxColumns()) {
                                break;
                            }
                            Object value = value(c, c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType()
                                    : c.getCellType(), date1904);
                            if (value != null && !(value instanceof String s && s.isBlank())) {
                                cells.add(new Cell(c.getColumnIndex(), value));
                            }
                        }
                        if (!cells.isEmpty()) {
                            return new SheetRow(row.getRowNum() + 1, cells);
                        }
                    }
                    return null;
                } catch (RuntimeException e) {
                    throw new WorkbookRejectedException(RejectionReason.CORRUPT, e.toString(), e);
                }
            }

            @Override
            public void close() {
            }
        };
    }

    private Object value(org.apache.poi.ss.usermodel.Cell c, CellType type, boolean date1904) {
        switch (type) {
            case STRING:
                String s = c.getRichStringCellValue().getString();
                return s.length() > limits.maxCellChars() ? s.substring(0, limits.maxCellChars()) : s;
            case NUMERIC:
                double d = c.getNumericCellValue();
                if (DateUtil.isCellDateFormatted(c) && DateUtil.isValidExcelDate(d)) {
                    return DateUtil.getLocalDateTime(d, date1904);
                }
                return d;
            case BOOLEAN:
                return c.getBooleanCellValue();
            default:
                return null;
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
            fs.close();
        } catch (java.io.IOException ignored) {
            // read-only
        }
    }
}
