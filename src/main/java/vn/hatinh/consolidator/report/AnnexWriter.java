package vn.hatinh.consolidator.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.hatinh.consolidator.consolidate.Candidate;
import vn.hatinh.consolidator.consolidate.ConsolidatedRecord;
import vn.hatinh.consolidator.ingest.RecordType;
import vn.hatinh.consolidator.ingest.SourceRow;
import vn.hatinh.consolidator.completeness.Completeness;
import vn.hatinh.consolidator.completeness.ReportingPeriod;
import vn.hatinh.consolidator.output.SafeCells;
import vn.hatinh.consolidator.reference.CountryResolver;

/**
 * The annex: every consolidated record of the period with its sources and conflicts, one sheet per record type,
 * header styled, filters on, columns sized. Every text cell goes through {@link SafeCells}: it reads exactly as
 * typed and nothing becomes a formula.
 */
final class AnnexWriter {

    private record Column(String header, int width, Function<ConsolidatedRecord, Object> value) {
    }

    private final CountryResolver countries;

    AnnexWriter(CountryResolver countries) {
        this.countries = countries;
    }

    void write(ReportRequest request, List<ConsolidatedRecord> all) throws IOException {
        write(request, all, null, List.of());
    }

    /** With, when {@code period} is given, a sheet of the units that reported for it and those that did not. */
    void write(ReportRequest request, List<ConsolidatedRecord> all, ReportingPeriod period,
               List<Completeness.Line> completeness) throws IOException {
        List<ConsolidatedRecord> records = FiguresCalculator.inPeriod(all, request.period(), request.kind());
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            SafeCells cells = SafeCells.of(wb);
            CellStyle header = headerStyle(wb);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            for (RecordType type : RecordType.values()) {
                List<ConsolidatedRecord> ofType = records.stream().filter(r -> r.type() == type)
                        .sorted(Comparator.comparing(ConsolidatedRecord::id)).toList();
                sheet(wb, cells, type, columns(type, request), ofType, header, wrap);
            }
            if (period != null) {
                completenessSheet(wb, cells, period, completeness, header, wrap);
            }
            Files.createDirectories(request.out());
            Path temporary = request.annex().resolveSibling(request.annex().getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                wb.write(out);
            }
            Files.move(temporary, request.annex(), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void sheet(XSSFWorkbook wb, SafeCells cells, RecordType type, List<Column> columns,
                       List<ConsolidatedRecord> records, CellStyle header, CellStyle wrap) {
        XSSFSheet sheet = wb.createSheet(type.canonicalSheet());
        Row head = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            cells.text(head.createCell(c), columns.get(c).header(), header);
            sheet.setColumnWidth(c, columns.get(c).width() * 256);
        }
        int r = 1;
        for (ConsolidatedRecord record : records) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                Object v = columns.get(c).value().apply(record);
                var cell = row.createCell(c);
                if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v != null) {
                    cells.text(cell, v.toString(), wrap);
                }
            }
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns.size() - 1));
        sheet.createFreezePane(1, 1);
    }

    private static void completenessSheet(XSSFWorkbook wb, SafeCells cells, ReportingPeriod period,
                                          List<Completeness.Line> lines, CellStyle header, CellStyle wrap) {
        XSSFSheet sheet = wb.createSheet("GuiBaoCao");
        cells.text(sheet.createRow(0).createCell(0), "Tình hình gửi báo cáo " + period.label().toLowerCase()
                + ": đơn vị đã gửi và chưa gửi", header);
        String[] heads = {"Đơn vị", "Phải gửi kỳ này", "Tình trạng", "Số tệp", "Dòng được nhận", "Dòng bị từ chối",
                "Nhận lần cuối"};
        int[] widths = {36, 14, 24, 10, 14, 14, 20};
        Row head = sheet.createRow(1);
        for (int c = 0; c < heads.length; c++) {
            cells.text(head.createCell(c), heads[c], header);
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        // the units that reported first, then those still missing, then those not expected this period
        List<Completeness.Line> ordered = lines.stream().sorted(Comparator
                .comparing((Completeness.Line l) -> l.status().reported() ? 0 : l.expected() ? 1 : 2)).toList();
        int r = 2;
        java.time.format.DateTimeFormatter when = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
        for (Completeness.Line l : ordered) {
            Row row = sheet.createRow(r++);
            cells.text(row.createCell(0), l.unit().name(), wrap);
            cells.text(row.createCell(1), l.expected() ? "Có" : "Không", wrap);
            cells.text(row.createCell(2), l.status().vietnamese(), wrap);
            row.createCell(3).setCellValue(l.files());
            row.createCell(4).setCellValue(l.rowsAccepted());
            row.createCell(5).setCellValue(l.rowsRejected());
            if (l.lastReceived() != null) {
                cells.text(row.createCell(6), l.lastReceived().format(when), wrap);
            }
        }
        sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, heads.length - 1));
        sheet.createFreezePane(1, 2);
    }

    private List<Column> columns(RecordType type, ReportRequest request) {
        List<Column> c = new ArrayList<>();
        c.add(new Column("Mã bản ghi", 12, ConsolidatedRecord::id));
        switch (type) {
            case OUTBOUND -> {
                c.add(text("Số quyết định", 18, SourceRow::decision));
                c.add(date("Ngày đi", SourceRow::start));
                c.add(date("Ngày về", SourceRow::end));
                c.add(new Column("Nước đến", 14, r -> countries.vietnameseName(r.chosen().country())));
                c.add(text("Đối tác", 30, SourceRow::partner));
                c.add(text("Trưởng đoàn", 22, SourceRow::leader));
                c.add(text("Mục đích", 28, SourceRow::purpose));
                c.add(number("Số người", SourceRow::count));
            }
            case INBOUND -> {
                c.add(text("Tên đoàn", 30, SourceRow::title));
                c.add(new Column("Quốc gia", 14, r -> countries.vietnameseName(r.chosen().country())));
                c.add(text("Đối tác", 30, SourceRow::partner));
                c.add(date("Ngày đến", SourceRow::start));
                c.add(date("Ngày đi", SourceRow::end));
                c.add(number("Số khách", SourceRow::count));
                c.add(text("Đơn vị đón tiếp", 24, SourceRow::organiser));
                c.add(text("Nội dung", 28, SourceRow::purpose));
            }
            case SEMINAR -> {
                c.add(text("Tên hội nghị, hội thảo", 40, SourceRow::title));
                c.add(text("Đơn vị tổ chức", 24, SourceRow::organiser));
                c.add(text("Đối tác nước ngoài", 26, SourceRow::partner));
                c.add(date("Ngày bắt đầu", SourceRow::start));
                c.add(date("Ngày kết thúc", SourceRow::end));
                c.add(text("Địa điểm", 22, SourceRow::location));
                c.add(number("Số đại biểu nước ngoài", SourceRow::count));
                c.add(number("Tổng số đại biểu", SourceRow::totalCount));
                c.add(text("Lĩnh vực", 18, SourceRow::purpose));
                c.add(text("Văn bản cho phép", 18, SourceRow::decision));
            }
            case AGREEMENT -> {
                c.add(text("Tên thỏa thuận", 40, SourceRow::title));
                c.add(text("Đối tác", 28, SourceRow::partner));
                c.add(new Column("Quốc gia", 14, r -> countries.vietnameseName(r.chosen().country())));
                c.add(new Column("Cấp ký kết", 12, r -> level(r.chosen().level())));
                c.add(date("Ngày ký", SourceRow::start));
            }
            case AID -> {
                c.add(text("Tên chương trình, dự án", 44, SourceRow::title));
                c.add(text("Tổ chức tài trợ", 28, SourceRow::partner));
                c.add(text("Lĩnh vực", 18, SourceRow::purpose));
                c.add(date("Ngày phê duyệt", SourceRow::start));
                c.add(new Column("Giá trị cam kết (USD)", 16, r -> r.chosen().committedUsd()));
                c.add(new Column("Giá trị giải ngân (USD)", 16, r -> r.chosen().disbursedUsd()));
            }
            case CONSULAR -> {
                c.add(new Column("Tháng", 10, r -> r.chosen().month() == null ? null
                        : String.format("%02d/%d", r.chosen().month().getMonthValue(), r.chosen().month().getYear())));
                c.add(new Column("Đơn vị", 10, r -> r.sources().get(0).unit()));
                c.add(number("Số vụ việc bảo hộ công dân", SourceRow::cases));
                c.add(number("Số hồ sơ hợp pháp hóa lãnh sự", SourceRow::legalizations));
            }
        }
        c.add(new Column("Nguồn (đơn vị, tệp, trang, dòng)", 60, r -> r.sources().stream()
                .map(AnnexWriter::source).collect(Collectors.joining("\n"))));
        c.add(new Column("Số nguồn", 9, r -> r.sources().size()));
        c.add(new Column("Số liệu không khớp giữa các nguồn", 50, r -> r.conflicts().isEmpty() ? null
                : r.conflicts().stream().map(f -> field(f.field()) + ": " + String.join("; ", f.values()))
                .collect(Collectors.joining("\n"))));
        if (request.kind() == ReportKind.MONTHLY && type != RecordType.CONSULAR) {
            LocalDate shared = request.period().from();
            c.add(new Column("Đã báo cáo kỳ trước", 14, r -> shared.equals(r.chosen().start())
                    ? "Có (ngày " + VietnameseFormat.date(shared) + " thuộc cả kỳ trước)" : null));
        }
        return c;
    }

    private static String source(Candidate c) {
        return c.unit() + " - " + c.path() + " - " + c.row().sheet() + " - dòng " + c.row().rowNumber();
    }

    private static String field(String name) {
        return switch (name) {
            case "count" -> "Số người";
            case "totalCount" -> "Tổng số";
            case "start" -> "Ngày bắt đầu";
            case "end" -> "Ngày kết thúc";
            default -> name;
        };
    }

    private static String level(String level) {
        if (level == null) {
            return null;
        }
        return switch (level) {
            case "TINH" -> "Tỉnh";
            case "HUYEN" -> "Huyện";
            case "XA" -> "Xã";
            default -> level;
        };
    }

    private static Column text(String header, int width, Function<SourceRow, String> f) {
        return new Column(header, width, r -> f.apply(r.chosen()));
    }

    private static Column date(String header, Function<SourceRow, LocalDate> f) {
        return new Column(header, 12, r -> VietnameseFormat.date(f.apply(r.chosen())));
    }

    private static Column number(String header, Function<SourceRow, Integer> f) {
        return new Column(header, 12, r -> f.apply(r.chosen()));
    }

    private static CellStyle headerStyle(XSSFWorkbook wb) {
        CellStyle style = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(true);
        style.setFont(font);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }
}
