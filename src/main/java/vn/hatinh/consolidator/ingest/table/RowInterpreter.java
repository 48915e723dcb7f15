package vn.hatinh.consolidator.ingest.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.hatinh.consolidator.ingest.ParsedRow;
import vn.hatinh.consolidator.ingest.Period;
import vn.hatinh.consolidator.ingest.RecordType;
import vn.hatinh.consolidator.ingest.SourceRow;
import vn.hatinh.consolidator.ingest.parse.Cells;
import vn.hatinh.consolidator.ingest.parse.DateRange;
import vn.hatinh.consolidator.ingest.parse.Dates;
import vn.hatinh.consolidator.ingest.parse.Numbers;
import vn.hatinh.consolidator.ingest.parse.ValueException;
import vn.hatinh.consolidator.ingest.workbook.Cell;
import vn.hatinh.consolidator.ingest.workbook.SheetRow;
import vn.hatinh.consolidator.reference.CountryResolver;
import vn.hatinh.consolidator.reference.TextFold;

/**
 * Turns one data row of a table into canonical fields, and refuses it, with a sentence the clerk understands, when a
 * required field is missing, a date cannot be read or does not exist, the end is before the start, a count is not a
 * whole number of zero or more, or a date lies more than a month outside the declared period.
 */
final class RowInterpreter {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CountryResolver countries;

    RowInterpreter(CountryResolver countries) {
        this.countries = countries;
    }

    ParsedRow interpret(TableLayout layout, SheetRow row, boolean date1904, Period declared) {
        List<String> cells = cellTexts(layout, row);
        Map<ColumnKind, Object> v = new EnumMap<>(ColumnKind.class);
        Map<String, String> extra = new LinkedHashMap<>();
        for (Cell cell : row.cells()) {
            ColumnKind kind = layout.kinds().get(cell.column());
            if (kind == null) {
                String header = layout.headers().get(cell.column());
                String text = Cells.text(cell.value());
                if (!text.isEmpty()) {
                    extra.put(header == null || header.isBlank() ? "Cột " + (cell.column() + 1) : header, text);
                }
            } else if (!v.containsKey(kind) && !isBlank(cell.value())) {
                v.put(kind, cell.value() instanceof String s ? s.trim() : cell.value());
            }
        }
        RecordType type = layout.type();
        if (type == null) {
            type = kindOfDelegation(v.get(ColumnKind.RECORD_KIND));
            if (type == null) {
                return new ParsedRow(RecordType.INBOUND, layout.sheet(), row.rowNumber(), cells, null,
                        "Không rõ loại đoàn (cột \"Loại đoàn\" phải ghi \"Đoàn ra\" hoặc \"Đoàn vào\")");
            }
        }
        try {
            SourceRow parsed = parse(type, layout.sheet(), row.rowNumber(), v, extra, date1904, layout);
            String problem = check(parsed, declared);
            return new ParsedRow(type, layout.sheet(), row.rowNumber(), cells, problem == null ? parsed : null, problem);
        } catch (ValueException e) {
            return new ParsedRow(type, layout.sheet(), row.rowNumber(), cells, null, capitalise(e.getMessage()));
        }
    }

    private SourceRow parse(RecordType type, String sheet, int rowNumber, Map<ColumnKind, Object> v,
                            Map<String, String> extra, boolean date1904, TableLayout layout) throws ValueException {
        String startName = startName(type);
        String endName = endName(type);
        LocalDate start = null;
        LocalDate end = null;
        DateRange span = null;
        if (v.containsKey(ColumnKind.TIME_SPAN)) {
            try {
                span = DateRange.parse(v.get(ColumnKind.TIME_SPAN), date1904);
            } catch (ValueException e) {
                throw new ValueException("Thời gian: " + e.getMessage());
            }
        }
        switch (type) {
            case OUTBOUND -> {
                start = date(v, startName, date1904, ColumnKind.DEPART_DATE, ColumnKind.EXIT_DATE,
                        ColumnKind.FROM_DATE, ColumnKind.START_DATE);
                end = date(v, endName, date1904, ColumnKind.RETURN_DATE, ColumnKind.TO_DATE, ColumnKind.END_DATE);
            }
            case INBOUND -> {
                start = date(v, startName, date1904, ColumnKind.ARRIVE_DATE, ColumnKind.FROM_DATE,
                        ColumnKind.START_DATE);
                end = date(v, endName, date1904, ColumnKind.DEPART_DATE, ColumnKind.LEAVE_DATE, ColumnKind.TO_DATE,
                        ColumnKind.END_DATE);
            }
            case SEMINAR -> {
                start = date(v, startName, date1904, ColumnKind.START_DATE, ColumnKind.FROM_DATE,
                        ColumnKind.ARRIVE_DATE);
                end = date(v, endName, date1904, ColumnKind.END_DATE, ColumnKind.TO_DATE);
            }
            case AGREEMENT -> start = date(v, startName, date1904, ColumnKind.SIGN_DATE, ColumnKind.START_DATE,
                    ColumnKind.FROM_DATE);
            case AID -> start = date(v, startName, date1904, ColumnKind.APPROVAL_DATE, ColumnKind.START_DATE,
                    ColumnKind.FROM_DATE);
            case CONSULAR -> {
            }
        }
        if (span != null) {
            start = start == null ? span.start() : start;
            end = end == null ? span.end() : end;
        }
        String countName = switch (type) {
            case OUTBOUND -> "Số người";
            case INBOUND -> "Số khách";
            case SEMINAR -> "Số đại biểu nước ngoài";
            default -> "Số lượng";
        };
        Integer count = type == RecordType.SEMINAR
                ? Numbers.count(v.get(ColumnKind.FOREIGN_DELEGATES), countName)
                : Numbers.count(v.get(ColumnKind.COUNT), countName);
        Integer total = Numbers.count(v.get(ColumnKind.TOTAL_DELEGATES), "Tổng số đại biểu");
        String countryText = text(v, ColumnKind.COUNTRY);
        String country = null;
        if (countryText != null) {
            country = countries.resolve(countryText).orElseThrow(() -> new ValueException(
                    "không nhận ra quốc gia \"" + countryText + "\"; đề nghị ghi tên nước, ví dụ Lào, Thái Lan, Hàn Quốc"));
        }
        String partner = switch (type) {
            case AID -> first(text(v, ColumnKind.DONOR), text(v, ColumnKind.SPONSOR), text(v, ColumnKind.PARTNER));
            default -> first(text(v, ColumnKind.PARTNER), text(v, ColumnKind.SPONSOR), text(v, ColumnKind.DONOR));
        };
        String title = switch (type) {
            case INBOUND -> text(v, ColumnKind.DELEGATION_NAME);
            case SEMINAR -> text(v, ColumnKind.SEMINAR_TITLE);
            case AGREEMENT -> text(v, ColumnKind.AGREEMENT_TITLE);
            case AID -> text(v, ColumnKind.AID_TITLE);
            default -> null;
        };
        String organiser = type == RecordType.INBOUND ? text(v, ColumnKind.HOST)
                : first(text(v, ColumnKind.ORGANISER), text(v, ColumnKind.HOST));
        String purpose = type == RecordType.SEMINAR || type == RecordType.AID
                ? first(text(v, ColumnKind.FIELD), text(v, ColumnKind.PURPOSE))
                : first(text(v, ColumnKind.PURPOSE), text(v, ColumnKind.FIELD));
        String decision = type == RecordType.SEMINAR ? first(text(v, ColumnKind.PERMIT), text(v, ColumnKind.DECISION))
                : text(v, ColumnKind.DECISION);
        BigDecimal committed = Numbers.money(v.get(ColumnKind.COMMITTED_USD), "Giá trị cam kết");
        BigDecimal disbursed = Numbers.money(v.get(ColumnKind.DISBURSED_USD), "Giá trị giải ngân");
        YearMonth month = type == RecordType.CONSULAR ? month(v.get(ColumnKind.MONTH), date1904) : null;
        Integer cases = Numbers.count(v.get(ColumnKind.CASES), "Số vụ việc bảo hộ công dân");
        Integer legalizations = Numbers.count(v.get(ColumnKind.LEGALIZATIONS), "Số hồ sơ hợp pháp hóa lãnh sự");
        String level = level(text(v, ColumnKind.LEVEL));
        return new SourceRow(type, sheet, rowNumber, start, end, country, partner, title, decision,
                text(v, ColumnKind.LEADER), purpose, count, total, organiser, text(v, ColumnKind.LOCATION), level,
                committed, disbursed, month, cases, legalizations, text(v, ColumnKind.NOTE), extra);
    }

    /** The first problem that makes the row unusable, or null. */
    private String check(SourceRow r, Period declared) {
        switch (r.type()) {
            case OUTBOUND, INBOUND -> {
                if (r.start() == null) {
                    return "Thiếu " + startName(r.type()).toLowerCase();
                }
                if (r.country() == null) {
                    return "Thiếu quốc gia của đoàn";
                }
                if (r.count() == null) {
                    return "Thiếu " + (r.type() == RecordType.OUTBOUND ? "số người" : "số khách");
                }
            }
            case SEMINAR -> {
                if (r.title() == null) {
                    return "Thiếu tên hội nghị, hội thảo";
                }
                if (r.start() == null) {
                    return "Thiếu ngày tổ chức";
                }
            }
            case AGREEMENT -> {
                if (r.title() == null && r.partner() == null) {
                    return "Thiếu tên thỏa thuận";
                }
                if (r.start() == null) {
                    return "Thiếu ngày ký";
                }
            }
            case AID -> {
                if (r.title() == null) {
                    return "Thiếu tên chương trình, dự án";
                }
                if (r.start() == null) {
                    return "Thiếu ngày phê duyệt";
                }
            }
            case CONSULAR -> {
                if (r.month() == null) {
                    return "Thiếu tháng";
                }
                if (r.cases() == null && r.legalizations() == null) {
                    return "Thiếu số vụ việc và số hồ sơ";
                }
            }
        }
        if (r.start() != null && r.end() != null && r.end().isBefore(r.start())) {
            return endName(r.type()) + " (" + r.end().format(DMY) + ") trước " + startName(r.type()).toLowerCase()
                    + " (" + r.start().format(DMY) + ")";
        }
        if (declared != null) {
            LocalDate from = declared.from().minusMonths(1);
            LocalDate to = declared.to().plusMonths(1);
            for (LocalDate d : new LocalDate[] {r.start(), r.end(), r.month() == null ? null : r.month().atDay(1)}) {
                if (d != null && (d.isBefore(from) || d.isAfter(to))) {
                    return "Ngày " + d.format(DMY) + " nằm ngoài kỳ báo cáo (" + declared.from().format(DMY) + " - "
                            + declared.to().format(DMY) + ") quá một tháng; đề nghị kiểm tra lại năm";
                }
            }
        }
        return null;
    }

    private static LocalDate date(Map<ColumnKind, Object> v, String name, boolean date1904, ColumnKind... kinds)
            throws ValueException {
        for (ColumnKind k : kinds) {
            if (v.containsKey(k)) {
                try {
                    return Dates.parse(v.get(k), date1904);
                } catch (ValueException e) {
                    throw new ValueException(name + ": " + e.getMessage());
                }
            }
        }
        return null;
    }

    private static YearMonth month(Object value, boolean date1904) throws ValueException {
        if (value == null) {
            return null;
        }
        if (value instanceof java.time.LocalDateTime || value instanceof Double) {
            LocalDate d = Dates.parse(value, date1904);
            return YearMonth.from(d);
        }
        String f = TextFold.fold(value.toString());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:^|\\D)(\\d{1,2})(?: nam)? (\\d{4})$").matcher(f);
        if (m.find()) {
            int month = Integer.parseInt(m.group(1));
            if (month >= 1 && month <= 12) {
                return YearMonth.of(Integer.parseInt(m.group(2)), month);
            }
        }
        try {
            return YearMonth.from(Dates.parse(value, date1904));
        } catch (ValueException e) {
            throw new ValueException("Tháng: không đọc được \"" + value.toString().trim() + "\" (ví dụ 03/2024)");
        }
    }

    private static String level(String text) {
        if (text == null) {
            return null;
        }
        String f = TextFold.fold(text);
        if (f.contains("tinh")) {
            return "TINH";
        }
        if (f.contains("huyen") || f.contains("thi xa") || f.contains("thanh pho")) {
            return "HUYEN";
        }
        if (f.contains("xa") || f.contains("phuong") || f.contains("thi tran") || f.contains("co so")) {
            return "XA";
        }
        return null;
    }

    private static RecordType kindOfDelegation(Object value) {
        String f = value == null ? "" : TextFold.fold(value.toString());
        if (f.contains("vao") || f.equals("inbound") || f.equals("in")) {
            return RecordType.INBOUND;
        }
        if (f.contains("ra") || f.equals("outbound") || f.equals("out")) {
            return RecordType.OUTBOUND;
        }
        return null;
    }

    static String startName(RecordType type) {
        return switch (type) {
            case OUTBOUND -> "Ngày đi";
            case INBOUND -> "Ngày đến";
            case SEMINAR -> "Ngày bắt đầu";
            case AGREEMENT -> "Ngày ký";
            case AID -> "Ngày phê duyệt";
            case CONSULAR -> "Tháng";
        };
    }

    static String endName(RecordType type) {
        return switch (type) {
            case OUTBOUND -> "Ngày về";
            case INBOUND -> "Ngày đi";
            default -> "Ngày kết thúc";
        };
    }

    private static String text(Map<ColumnKind, Object> v, ColumnKind kind) {
        Object value = v.get(kind);
        return value == null ? null : TextFold.clean(Cells.text(value));
    }

    private static String first(String... values) {
        for (String s : values) {
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    private static boolean isBlank(Object value) {
        return value == null || (value instanceof String s && s.isBlank());
    }

    static List<String> cellTexts(TableLayout layout, SheetRow row) {
        int last = Math.max(layout.lastColumn(), row.cells().isEmpty() ? 0 : row.cells().get(row.cells().size() - 1).column());
        last = Math.min(last, 255);
        List<String> texts = new ArrayList<>(last + 1);
        for (int c = 0; c <= last; c++) {
            texts.add("");
        }
        for (Cell cell : row.cells()) {
            if (cell.column() <= last) {
                String t = Cells.text(cell.value());
                texts.set(cell.column(), t.length() > 1000 ? t.substring(0, 1000) + "…" : t);
            }
        }
        return texts;
    }

    private static String capitalise(String message) {
        return message == null || message.isEmpty() ? message
                : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
