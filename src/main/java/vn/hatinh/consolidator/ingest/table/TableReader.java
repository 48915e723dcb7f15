package vn.hatinh.consolidator.ingest.table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import vn.hatinh.consolidator.ingest.ParsedRow;
import vn.hatinh.consolidator.ingest.Period;
import vn.hatinh.consolidator.ingest.RecordType;
import vn.hatinh.consolidator.ingest.WorkbookReading;
import vn.hatinh.consolidator.ingest.parse.Cells;
import vn.hatinh.consolidator.ingest.parse.Dates;
import vn.hatinh.consolidator.ingest.parse.PeriodLabels;
import vn.hatinh.consolidator.ingest.parse.PreparedDates;
import vn.hatinh.consolidator.ingest.parse.ValueException;
import vn.hatinh.consolidator.ingest.workbook.Cell;
import vn.hatinh.consolidator.ingest.workbook.RejectionReason;
import vn.hatinh.consolidator.ingest.workbook.SheetCursor;
import vn.hatinh.consolidator.ingest.workbook.SheetRow;
import vn.hatinh.consolidator.ingest.workbook.WorkbookContent;
import vn.hatinh.consolidator.ingest.workbook.WorkbookRejectedException;
import vn.hatinh.consolidator.reference.CountryResolver;
import vn.hatinh.consolidator.reference.TextFold;

/**
 * Finds the tables of a workbook and reads their rows, streaming: per sheet it holds the first rows until the header
 * is found, then hands each data row to the sink and forgets it. The header is the first row within the first 20
 * where at least three cells are known column names; a second header row (sub-columns under a merged group cell)
 * or a row numbering the columns "(1) (2) (3)" is read with it. Rows above the header are metadata (unit, period,
 * prepared date, title); totals and signature lines end a table.
 */
public final class TableReader {

    static final int HEADER_WINDOW = 20;
    static final int MIN_KNOWN_COLUMNS = 3;
    private static final Pattern NUMBERING = Pattern.compile("\\(?\\s*\\d{1,2}\\s*\\)?");
    private static final Pattern FOOTER = Pattern.compile(
            "^(tong cong|tong so|tong|cong|nguoi lap|thu truong|ky ghi ro|ky ten|ky dong dau)( .*)?$");
    // signature titles are also leaders' titles in data rows: a footer only on a short row
    private static final Pattern SIGNATURE = Pattern.compile(
            "^(kt|tm|giam doc|pho giam doc|chu tich|pho chu tich|xac nhan|noi nhan|truong phong)( .*)?$");

    private final ColumnSynonyms synonyms;
    private final RowInterpreter interpreter;

    public TableReader(ColumnSynonyms synonyms, CountryResolver countries) {
        this.synonyms = synonyms;
        this.interpreter = new RowInterpreter(countries);
    }

    /** Reads every table row of the workbook into the sink, validated; for callers that want the whole file. */
    public WorkbookReading read(WorkbookContent wb, String fileName, Consumer<ParsedRow> sink)
            throws WorkbookRejectedException {
        try (TableRows rows = open(wb, fileName)) {
            for (TableRow row; (row = rows.next()) != null; ) {
                sink.accept(validate(row));
            }
            return rows.reading();
        }
    }

    /** The rows of the workbook's tables, pulled one at a time: memory holds one row whatever the file's size. */
    public TableRows open(WorkbookContent wb, String fileName) {
        return new TableRows(wb, fileName);
    }

    /** Parses and validates a row read by {@link TableRows}: the parsed row, or the reason it is rejected. */
    public ParsedRow validate(TableRow row) {
        return interpreter.interpret(row.layout(), row.row(), row.date1904(), row.declared());
    }

    /** The row rejected as a whole with the reason given, its cells kept for the unit's feedback. */
    public ParsedRow rejected(TableRow row, String reason) {
        RecordType type = row.layout().type() == null ? RecordType.OUTBOUND : row.layout().type();
        return new ParsedRow(type, row.sheet(), row.rowNumber(), RowInterpreter.cellTexts(row.layout(), row.row()),
                null, reason);
    }

    /**
     * A cursor over a workbook's table rows. Per sheet it holds the rows above the header until the header is found,
     * then returns each data row; what the workbook says about itself is complete once {@link #next()} returned null.
     */
    public final class TableRows implements AutoCloseable {

        private final WorkbookContent wb;
        private final String fileName;
        private final Metadata meta = new Metadata();
        private final Optional<PeriodLabels.Found> fromName;
        private final List<WorkbookReading.FoundTable> tables = new ArrayList<>();
        private final List<String> names;
        private int sheetIndex = -1;
        private SheetCursor cursor;
        private TableLayout layout;
        private String title;

        private TableRows(WorkbookContent wb, String fileName) {
            this.wb = wb;
            this.fileName = fileName;
            this.fromName = PeriodLabels.find(fileName.replaceFirst("\\.[^.]+$", ""));
            this.names = wb.sheetNames();
        }

        /** The next data row of a table, or null after the last sheet. */
        public TableRow next() throws WorkbookRejectedException {
            while (true) {
                if (cursor == null) {
                    if (++sheetIndex >= names.size()) {
                        return null;
                    }
                    cursor = wb.openSheet(sheetIndex);
                    layout = null;
                    title = names.get(sheetIndex);
                }
                TableRow row = nextInSheet(names.get(sheetIndex));
                if (row != null) {
                    return row;
                }
                if (layout != null && layout.headerRow() >= 0) {
                    record(tables, layout);
                }
                cursor.close();
                cursor = null;
            }
        }

        /** What the workbook declares; call after {@link #next()} returned null. */
        public WorkbookReading reading() throws WorkbookRejectedException {
            if (tables.isEmpty()) {
                throw new WorkbookRejectedException(RejectionReason.NO_TABLE, "no header row in " + fileName);
            }
            PeriodLabels.Found period = meta.period != null ? meta.period : fromName.orElse(null);
            return new WorkbookReading(meta.unit(), period == null ? null : period.period(),
                    period == null ? null : period.label(), meta.prepared, tables);
        }

        @Override
        public void close() {
            if (cursor != null) {
                cursor.close();
                cursor = null;
            }
        }

        private TableRow nextInSheet(String sheet) throws WorkbookRejectedException {
            SheetRow row;
            while ((row = cursor.next()) != null) {
                if (layout == null) {
                    if (row.rowNumber() > HEADER_WINDOW) {
                        return null; // the header must be within the first 20 rows: this sheet has no table
                    }
                    Map<Integer, ColumnKind> kinds = knownColumns(row);
                    if (kinds.size() < MIN_KNOWN_COLUMNS) {
                        meta.readAbove(row);
                        String text = firstText(row);
                        if (text != null && TextFold.fold(text).startsWith("danh sach")) {
                            title = text;
                        }
                        continue;
                    }
                    meta.promoteTitlePeriod();
                    layout = startTable(sheet, row, kinds, title);
                    continue;
                }
                // a sub-header or a numbering row right under the header belongs to it
                if (row.rowNumber() == layout.lastHeaderRow() + 1 && layout.lastHeaderRow() - layout.headerRow() < 2) {
                    TableLayout merged = withSubHeader(layout, row);
                    if (merged != null) {
                        layout = merged;
                        continue;
                    }
                }
                if (mayBeHeader(row)) {
                    Map<Integer, ColumnKind> again = knownColumns(row);
                    if (again.size() >= MIN_KNOWN_COLUMNS) {
                        record(tables, layout);
                        layout = startTable(sheet, row, again, title);
                        continue;
                    }
                }
                if (layout.type() == null && layout.headerRow() < 0) {
                    continue;
                }
                if (isFooter(row, layout)) {
                    meta.readBelow(row);
                    record(tables, layout);
                    layout = ended(layout);
                    continue;
                }
                if (layout.headerRow() < 0 || isEmptyData(row, layout)) {
                    meta.readBelow(row);
                    continue;
                }
                Period declared = meta.period != null ? meta.period.period()
                        : fromName.map(PeriodLabels.Found::period).orElse(null);
                return new TableRow(layout, row, wb.date1904(), declared);
            }
            return null;
        }
    }

    private TableLayout startTable(String sheet, SheetRow header, Map<Integer, ColumnKind> known, String title) {
        Map<Integer, String> headers = new LinkedHashMap<>();
        Map<Integer, ColumnKind> kinds = new LinkedHashMap<>(known);
        for (Cell c : header.cells()) {
            headers.put(c.column(), Cells.text(c.value()));
            if (!kinds.containsKey(c.column()) && c.value() instanceof String s
                    && synonyms.kindOf(s).isEmpty()) {
                synonyms.guess(s).filter(k -> !kinds.containsValue(k)).ifPresent(k -> kinds.put(c.column(), k));
            }
        }
        return new TableLayout(sheet, header.rowNumber(), header.rowNumber(), kinds, headers,
                TableLayout.decideType(kinds, sheet + " " + (title == null ? "" : title)));
    }

    /** The header with the row under it read in, or null when that row is data. */
    private TableLayout withSubHeader(TableLayout layout, SheetRow row) {
        List<Cell> cells = row.cells();
        if (cells.isEmpty()) {
            return null;
        }
        boolean numbering = cells.stream().allMatch(c -> c.value() instanceof String s && NUMBERING.matcher(s.trim()).matches())
                && cells.size() >= Math.min(3, layout.headers().size());
        if (numbering) {
            return new TableLayout(layout.sheet(), layout.headerRow(), row.rowNumber(), layout.kinds(),
                    layout.headers(), layout.type());
        }
        Map<Integer, ColumnKind> sub = knownColumns(row);
        // every text of a sub-header row is a column name, and none is a value
        if (sub.isEmpty() || sub.size() < cells.stream().filter(c -> !Cells.text(c.value()).isEmpty()).count()) {
            return null;
        }
        Map<Integer, ColumnKind> kinds = new LinkedHashMap<>(layout.kinds());
        Map<Integer, String> headers = new LinkedHashMap<>(layout.headers());
        sub.forEach((column, kind) -> {
            kinds.put(column, kind);
            headers.put(column, Cells.text(row.cell(column).value()));
        });
        // a group cell ("Thời gian") whose sub-columns were named holds no value of its own
        kinds.entrySet().removeIf(e -> e.getValue() == ColumnKind.TIME_SPAN && !sub.containsKey(e.getKey())
                && sub.containsKey(e.getKey() + 1));
        return new TableLayout(layout.sheet(), layout.headerRow(), row.rowNumber(), kinds, headers,
                TableLayout.decideType(kinds, layout.sheet()));
    }

    private static TableLayout ended(TableLayout layout) {
        return new TableLayout(layout.sheet(), -1, layout.lastHeaderRow(), layout.kinds(), layout.headers(),
                layout.type());
    }

    private static void record(List<WorkbookReading.FoundTable> tables, TableLayout layout) {
        if (layout.headerRow() < 0) {
            return;
        }
        for (WorkbookReading.FoundTable t : tables) {
            if (t.sheet().equals(layout.sheet()) && t.headerRow() == layout.headerRow()) {
                return;
            }
        }
        int last = layout.lastColumn();
        List<String> headerCells = new ArrayList<>();
        for (int c = 0; c <= Math.min(last, 255); c++) {
            headerCells.add(layout.headers().getOrDefault(c, ""));
        }
        tables.add(new WorkbookReading.FoundTable(layout.sheet(), layout.headerRow(), layout.type(), headerCells));
    }

    /** A header row holds only short texts; a row with a number or a date is data (checked cheaply per row). */
    private static boolean mayBeHeader(SheetRow row) {
        if (row.cells().size() < MIN_KNOWN_COLUMNS) {
            return false;
        }
        for (Cell c : row.cells()) {
            if (!(c.value() instanceof String s) || s.length() > 80) {
                return false;
            }
        }
        return true;
    }

    private Map<Integer, ColumnKind> knownColumns(SheetRow row) {
        Map<Integer, ColumnKind> kinds = new LinkedHashMap<>();
        for (Cell c : row.cells()) {
            if (c.value() instanceof String s && s.length() < 120) {
                synonyms.kindOf(s).ifPresent(k -> {
                    if (k != ColumnKind.ORDINAL && !kinds.containsValue(k)) {
                        kinds.put(c.column(), k);
                    }
                });
            }
        }
        return kinds;
    }

    private static boolean isFooter(SheetRow row, TableLayout layout) {
        String text = firstText(row);
        if (text == null) {
            return false;
        }
        String folded = TextFold.fold(text);
        long texts = row.cells().stream().filter(c -> c.value() instanceof String s && !s.isBlank()).count();
        // a total row is a label and numbers; a data row has several texts
        if (texts <= 2 && FOOTER.matcher(folded).matches()) {
            return true;
        }
        if (row.cells().size() <= 2 && SIGNATURE.matcher(folded).matches()) {
            return true;
        }
        // the place and date line above the signatures: "Hà Tĩnh, ngày 07 tháng 04 năm 2024"
        return row.cells().size() <= 2 && row.cells().stream()
                .anyMatch(c -> c.value() instanceof String s && PreparedDates.fromDateLine(s).isPresent());
    }

    /** A row with nothing in any known column but the ordinal: a spacer, not a record. */
    private static boolean isEmptyData(SheetRow row, TableLayout layout) {
        for (Cell c : row.cells()) {
            if (layout.kinds().containsKey(c.column()) && !Cells.text(c.value()).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String firstText(SheetRow row) {
        for (Cell c : row.cells()) {
            if (c.value() instanceof String s && !s.isBlank()) {
                return s.trim();
            }
        }
        return null;
    }

    /** What the rows around the tables say about the workbook. */
    private static final class Metadata {
        String declaredUnit;
        String attachedUnit;
        String letterheadUnit;
        PeriodLabels.Found period;
        PeriodLabels.Found titlePeriod;
        LocalDate prepared;

        void readAbove(SheetRow row) {
            List<Cell> cells = row.cells();
            for (int i = 0; i < cells.size(); i++) {
                String text = Cells.text(cells.get(i).value());
                String folded = TextFold.fold(text);
                String next = i + 1 < cells.size() ? Cells.text(cells.get(i + 1).value()) : "";
                if (folded.startsWith("don vi bao cao")) {
                    String value = afterColon(text);
                    declaredUnit = declaredUnit != null ? declaredUnit : (value.isEmpty() ? next : value);
                } else if (folded.startsWith("ky bao cao")) {
                    String value = afterColon(text);
                    PeriodLabels.find(value.isEmpty() ? next : value).ifPresent(this::declare);
                } else if (PreparedDates.isLabel(text)) {
                    prepared(afterColon(text).isEmpty() ? (i + 1 < cells.size() ? cells.get(i + 1).value() : null)
                            : afterColon(text));
                } else if (folded.contains("kem theo bao cao cua")) {
                    String after = text.replaceFirst("(?iu).*kèm theo báo cáo của\\s*", "");
                    String unit = after.split("\\s+-\\s+|\\s+–\\s+")[0].replaceAll("[()]", "").trim();
                    attachedUnit = attachedUnit != null ? attachedUnit : unit;
                    PeriodLabels.find(text.substring(Math.max(0, text.toLowerCase().indexOf("kỳ báo cáo")))).ifPresent(this::declare);
                } else if (i == 0 && row.rowNumber() <= 3 && (folded.startsWith("ubnd") || folded.startsWith("so ")
                        || folded.startsWith("uy ban") || folded.startsWith("bo chi huy") || folded.startsWith("cong an")
                        || folded.startsWith("ban ") || folded.startsWith("truong "))) {
                    letterheadUnit = letterheadUnit != null ? letterheadUnit : text;
                } else if (folded.startsWith("danh sach") || folded.startsWith("bao cao")) {
                    PeriodLabels.find(text).ifPresent(f -> titlePeriod = titlePeriod == null ? f : titlePeriod);
                }
            }
        }

        void readBelow(SheetRow row) {
            List<Cell> cells = row.cells();
            for (int i = 0; i < cells.size(); i++) {
                String text = Cells.text(cells.get(i).value());
                if (PreparedDates.isLabel(text)) {
                    prepared(afterColon(text).isEmpty() ? (i + 1 < cells.size() ? cells.get(i + 1).value() : null)
                            : afterColon(text));
                } else if (cells.get(i).value() instanceof String) {
                    PreparedDates.fromDateLine(text).ifPresent(d -> prepared = prepared == null || d.isAfter(prepared) ? d : prepared);
                }
            }
        }

        private void prepared(Object value) {
            try {
                LocalDate d = Dates.parse(value instanceof String s ? s.trim() : value, false);
                if (d != null) {
                    prepared = prepared == null || d.isAfter(prepared) ? d : prepared;
                }
            } catch (ValueException ignored) {
                // an unreadable "Ngày lập" leaves the file time to order resubmissions
            }
        }

        private void declare(PeriodLabels.Found found) {
            if (period == null) {
                period = found;
            }
        }

        /** A period named only in a title row ("DANH SÁCH ĐOÀN RA QUÝ I NĂM 2021") declares the period too. */
        void promoteTitlePeriod() {
            if (period == null && titlePeriod != null) {
                period = titlePeriod;
            }
        }

        String unit() {
            return declaredUnit != null && !declaredUnit.isBlank() ? declaredUnit
                    : attachedUnit != null ? attachedUnit : letterheadUnit;
        }

        private static String afterColon(String text) {
            int colon = text.indexOf(':');
            return colon < 0 ? "" : text.substring(colon + 1).trim();
        }
    }
}
