package vn.hatinh.consolidator.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.hatinh.consolidator.output.SafeCells;

/**
 * The blank workbook units are asked to fill in: one sheet per record type with the canonical column names. Its text
 * cells are quote-prefixed like every workbook the project writes ({@link SafeCells}).
 */
public final class SubmissionTemplate {

    static final Map<RecordType, List<String>> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put(RecordType.OUTBOUND, List.of("STT", "Số quyết định", "Trưởng đoàn", "Nước đến", "Đối tác",
                "Mục đích", "Ngày đi", "Ngày về", "Số người", "Ghi chú"));
        COLUMNS.put(RecordType.INBOUND, List.of("STT", "Tên đoàn", "Quốc gia", "Đối tác", "Trưởng đoàn",
                "Ngày đến", "Ngày đi", "Số khách", "Đơn vị đón tiếp", "Nội dung", "Ghi chú"));
        COLUMNS.put(RecordType.SEMINAR, List.of("STT", "Tên hội nghị, hội thảo", "Đơn vị tổ chức",
                "Đối tác nước ngoài", "Ngày bắt đầu", "Ngày kết thúc", "Địa điểm", "Số đại biểu nước ngoài",
                "Tổng số đại biểu", "Lĩnh vực", "Văn bản cho phép", "Ghi chú"));
        COLUMNS.put(RecordType.AGREEMENT, List.of("STT", "Tên thỏa thuận", "Đối tác", "Quốc gia", "Cấp ký kết",
                "Ngày ký", "Ghi chú"));
        COLUMNS.put(RecordType.AID, List.of("STT", "Tên chương trình, dự án", "Tổ chức tài trợ", "Lĩnh vực",
                "Ngày phê duyệt", "Giá trị cam kết (USD)", "Giá trị giải ngân (USD)", "Ghi chú"));
        COLUMNS.put(RecordType.CONSULAR, List.of("STT", "Tháng", "Số vụ việc bảo hộ công dân",
                "Số hồ sơ chứng nhận, hợp pháp hóa lãnh sự"));
    }

    private SubmissionTemplate() {
    }

    public static void write(Path out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            SafeCells cells = SafeCells.of(wb);
            Sheet guide = wb.createSheet("Hướng dẫn");
            String[] lines = {
                    "Mẫu báo cáo công tác đối ngoại gửi Sở Ngoại vụ.",
                    "Điền \"Đơn vị báo cáo\", \"Kỳ báo cáo\" (ví dụ: Tháng 03/2024, Quý I/2024, Năm 2024) và \"Ngày lập\" ở đầu mỗi trang.",
                    "Mỗi dòng là một đoàn, một hội nghị, một thỏa thuận, một dự án hoặc một tháng công tác lãnh sự.",
                    "Ngày ghi theo dạng ngày/tháng/năm, ví dụ 05/03/2024. Số người ghi bằng số.",
                    "Không thêm dòng trống hoặc ô gộp giữa các dòng số liệu; trang nào không có số liệu thì để trống.",
                    "Gửi bản gửi lại (bổ sung, sửa đổi) cho cùng kỳ với Ngày lập mới: bản sau sẽ thay thế bản trước."};
            for (int i = 0; i < lines.length; i++) {
                cells.text(guide.createRow(i).createCell(0), lines[i]);
            }
            guide.setColumnWidth(0, 120 * 256);
            CellStyle header = headerStyle(wb);
            for (Map.Entry<RecordType, List<String>> e : COLUMNS.entrySet()) {
                Sheet sheet = wb.createSheet(e.getKey().canonicalSheet());
                cells.text(sheet.createRow(0).createCell(0), "Đơn vị báo cáo:");
                cells.text(sheet.createRow(1).createCell(0), "Kỳ báo cáo:");
                cells.text(sheet.createRow(2).createCell(0), "Ngày lập:");
                cells.text(sheet.createRow(4).createCell(0), "DANH SÁCH " + e.getKey().vietnameseName().toUpperCase());
                Row row = sheet.createRow(5);
                for (int c = 0; c < e.getValue().size(); c++) {
                    cells.text(row.createCell(c), e.getValue().get(c), header);
                    sheet.setColumnWidth(c, (c == 0 ? 6 : 22) * 256);
                }
                sheet.createFreezePane(0, 6);
            }
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
    }

    private static CellStyle headerStyle(XSSFWorkbook wb) {
        CellStyle style = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setWrapText(true);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
