package vn.hatinh.consolidator.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes input-samples/: a drop folder as units really fill it, covering every layout and value form of
 * submissions.md, a resubmission, a copy, broken files, ignored files and bad rows. Deterministic: run it again and
 * the folder is the same. Run with {@code mvn -q test-compile exec:java}-free: {@code java -cp ... InputSamplesGenerator
 * input-samples}, or through {@link InputSamplesGeneratorTests} which checks the committed folder is current.
 */
public final class InputSamplesGenerator {

    /** Files keep a fixed old modification time, so no run takes them for files still being written. */
    static final FileTime WRITTEN = FileTime.from(Instant.parse("2024-04-10T03:00:00Z"));

    private final Path root;

    InputSamplesGenerator(Path root) {
        this.root = root;
    }

    public static void main(String[] args) throws IOException {
        new InputSamplesGenerator(Path.of(args.length > 0 ? args[0] : "input-samples")).generate();
    }

    void generate() throws IOException {
        sngvMarch();
        sngvFebruary();
        sngvYear2023();
        nghiXuanXls();
        camXuyen();
        camXuyenResubmission();
        kyAnhMixed1904();
        hongLinhSerials();
        economicZone();
        ducThoByName();
        cultureAtRoot();
        brokenAndIgnored();
    }

    // SNGV, March 2024 (cut-off period of the monthly report): the official template, every sheet.
    private void sngvMarch() throws IOException {
        Book b = new Book(false);
        Object[][] meta = meta("Sở Ngoại vụ", "Tháng 03/2024", "02/04/2024");
        b.sheet("DoanRa", meta, row("STT", "Số quyết định", "Trưởng đoàn", "Nước đến", "Đối tác", "Mục đích", "Ngày đi",
                        "Ngày về", "Số người", "Ghi chú"),
                row(1, "125/QĐ-UBND", "Phó Chủ tịch UBND tỉnh", "CHDCND Lào", "Tỉnh Khăm Muộn", "Làm việc, trao đổi hợp tác",
                        LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 7), 8, null),
                row(2, "Số 140/QĐ-UBND", "Giám đốc Sở", "Hàn Quốc", "Tỉnh Gyeonggi", "Xúc tiến đầu tư",
                        LocalDate.of(2024, 3, 18), LocalDate.of(2024, 3, 23), 5, "=Đoàn bổ sung"));
        b.sheet("DoanVao", meta, row("STT", "Tên đoàn", "Quốc gia", "Đối tác", "Trưởng đoàn", "Ngày đến", "Ngày đi",
                        "Số khách", "Đơn vị đón tiếp", "Nội dung", "Ghi chú"),
                row(1, "Đoàn lãnh đạo tỉnh Khăm Muộn", "Lào", "Khăm Muộn", "Phó Tỉnh trưởng", "05/03/2024", "07/03/2024", 12,
                        "Sở Ngoại vụ", "Trao đổi hợp tác", null),
                row(2, "Đoàn Đại sứ quán Pháp", "Pháp", "Đại sứ quán Pháp", "Đại sứ", "12/03/2024", "13/03/2024", 6,
                        "UBND tỉnh", "Chào xã giao", null),
                row(3, "Đoàn JICA", "Nhật Bản", "JICA", "Trưởng đại diện", "25/03/2024", "26/03/2024", 4, "Sở Y tế",
                        "Khảo sát dự án", null));
        b.sheet("HoiThao", meta, row("STT", "Tên hội nghị, hội thảo", "Đơn vị tổ chức", "Đối tác nước ngoài",
                        "Ngày bắt đầu", "Ngày kết thúc", "Địa điểm", "Số đại biểu nước ngoài", "Tổng số đại biểu", "Lĩnh vực",
                        "Văn bản cho phép", "Ghi chú"),
                row(1, "Hội thảo hợp tác phát triển năm 2024", "Sở Ngoại vụ", "KOICA", "20/03/2024", "20/03/2024",
                        "Hội trường UBND tỉnh", 25, 120, "Kinh tế", "512/UBND-NG", null));
        b.sheet("ThoaThuan", meta, row("STT", "Tên thỏa thuận", "Đối tác", "Quốc gia", "Cấp ký kết", "Ngày ký", "Ghi chú"),
                row(1, "Biên bản hợp tác giữa tỉnh Hà Tĩnh và tỉnh Khăm Muộn", "Khăm Muộn", "Lào", "Tỉnh", "06/03/2024", null));
        b.sheet("VienTro", meta, row("STT", "Tên chương trình, dự án", "Tổ chức tài trợ", "Lĩnh vực", "Ngày phê duyệt",
                        "Giá trị cam kết (USD)", "Giá trị giải ngân (USD)", "Ghi chú"),
                row(1, "Dự án nước sạch tại xã Kỳ Tây giai đoạn 2024-2025", "World Vision", "Nước sạch", "11/03/2024",
                        "1.500.000", "1,200,000", null));
        b.sheet("LanhSu", meta, row("STT", "Tháng", "Số vụ việc bảo hộ công dân",
                        "Số hồ sơ chứng nhận, hợp pháp hóa lãnh sự"),
                row(1, "03/2024", 2, 15));
        b.footer("Hà Tĩnh, ngày 02 tháng 04 năm 2024");
        b.write(root.resolve("SNGV/BaoCao_SNGV_202403.xlsx"));
        Files.copy(root.resolve("SNGV/BaoCao_SNGV_202403.xlsx"), root.resolve("SNGV/BaoCao_SNGV_202403 - Copy.xlsx"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        settle(root.resolve("SNGV/BaoCao_SNGV_202403 - Copy.xlsx"));
    }

    // SNGV, February 2024: two Lao provinces visiting on the same day stay two delegations.
    private void sngvFebruary() throws IOException {
        Book b = new Book(false);
        Object[][] meta = meta("Sở Ngoại vụ", "Tháng 2 năm 2024", "05/03/2024");
        b.sheet("ĐOÀN VÀO", meta, row("STT", "Tên đoàn", "Quốc gia", "Đối tác", "Ngày đến", "Ngày đi", "Số khách",
                        "Đơn vị đón tiếp"),
                row(1, "Đoàn lãnh đạo tỉnh Bolikhămxay", "CHDCND Lào", "Bolikhămxay", "08/02/2024", "09/02/2024", 15,
                        "UBND tỉnh"),
                row(2, "Đoàn lãnh đạo tỉnh Khăm Muộn", "CHDCND Lào", "Khăm Muộn", "08/02/2024", "09/02/2024", 11,
                        "UBND tỉnh"),
                row(3, "Đoàn Đại học Khon Kaen", "Thái Lan", "Đại học Khon Kaen", "27/02/2024", "28/02/2024", 7,
                        "Trường Đại học Hà Tĩnh"));
        b.sheet("LÃNH SỰ", meta, row("STT", "Tháng", "Số vụ việc bảo hộ công dân",
                "Số hồ sơ chứng nhận, hợp pháp hóa lãnh sự"), row(1, "Tháng 2/2024", 1, 9));
        b.write(root.resolve("SNGV/BaoCao_SNGV_202402.xlsx"));
    }

    // SNGV, the whole of 2023: the annual seminar of the year before, and a consular year.
    private void sngvYear2023() throws IOException {
        Book b = new Book(false);
        Object[][] meta = meta("Sở Ngoại vụ", "Năm 2023", "05/01/2024");
        b.sheet("HỘI NGHỊ, HỘI THẢO", meta, row("STT", "Tên hội thảo", "Đơn vị tổ chức", "Nhà tài trợ", "Ngày bắt đầu",
                        "Ngày kết thúc", "Số đại biểu nước ngoài", "Tổng số đại biểu", "Lĩnh vực"),
                row(1, "Hội thảo hợp tác phát triển năm 2023", "Sở Ngoại vụ", "KOICA", "21/03/2023", "21/03/2023", 22, 110,
                        "Kinh tế"));
        b.sheet("ĐOÀN RA", meta, row("STT", "Số QĐ", "Trưởng đoàn", "Nước đến", "Đối tác", "Ngày đi", "Ngày về",
                        "Số người"),
                row(1, "2715/QĐ-UBND", "Chủ tịch UBND tỉnh", "Nhật Bản", "Tỉnh Gunma", "20/11/2023", "26/11/2023", 6));
        b.sheet("LÃNH SỰ", meta, row("STT", "Tháng", "Số vụ việc bảo hộ công dân",
                        "Số hồ sơ chứng nhận, hợp pháp hóa lãnh sự"),
                row(1, "11/2023", 3, 12), row(2, "12/2023", 1, 8));
        b.write(root.resolve("SNGV/bao cao doi ngoai Năm 2023.xlsx"));
    }

    // Nghi Xuân, an .xls: two-row header (merged "Thời gian"), counts as "10 người", a total row, signatures.
    private void nghiXuanXls() throws IOException {
        Book b = new Book(true);
        Object[][] meta = {row("UBND HUYỆN NGHI XUÂN"), row(), row("DANH SÁCH ĐOÀN VÀO QUÝ I NĂM 2024"),
                row("(Kèm theo báo cáo của UBND huyện Nghi Xuân - kỳ báo cáo: Quý I/2024)"), row()};
        Sheet s = b.sheet("Doan vao", meta, row("STT", "Tên đoàn", "Quốc tịch", "Đối tác", "Thời gian", null, "Số người",
                        "Đơn vị đón tiếp"),
                row(null, null, null, null, "Ngày đến", "Ngày đi", null, null),
                row(1, "Đoàn công tác tỉnh Khammouane", "Lao PDR", "Khammouane", "06/03/2024", "07/03/2024", "11 người",
                        "UBND huyện Nghi Xuân"),
                row(2, "Doan cong tac Khon Kaen", "Thai Lan", "Dai hoc Khon Kaen", "28/02/2024", "28/02/2024", "07",
                        "UBND huyện Nghi Xuân"),
                row(3, "Đoàn khách", "Lào", "Savannakhet", "31/04/2024", "01/05/2024", 5, "UBND huyện Nghi Xuân"));
        s.addMergedRegion(new CellRangeAddress(5, 5, 4, 5));
        Row total = s.createRow(10);
        total.createCell(1).setCellValue("Tổng cộng");
        total.createCell(6).setCellFormula("SUM(G8:G10)");
        b.footerAt(s, 12, "Nghi Xuân, ngày 08 tháng 04 năm 2024");
        b.footerAt(s, 14, "Người lập biểu");
        b.write(root.resolve("NX/bao cao quy I-2024.xls"));
    }

    // Cẩm Xuyên: numbering row, other column order, names without diacritics, a range column, bad rows.
    private void camXuyen() throws IOException {
        writeCamXuyen("CX/BaoCao_CX_Q1-2024.xlsx", "01/04/2024", 4);
    }

    // The same unit and period again, prepared later: it replaces the first file.
    private void camXuyenResubmission() throws IOException {
        writeCamXuyen("CX/BaoCao_CX_Q1-2024 (bo sung).xlsx", "09/04/2024", 5);
    }

    private void writeCamXuyen(String path, String prepared, int koreaPersons) throws IOException {
        Book b = new Book(false);
        Object[][] meta = {row("UBND HUYỆN CẨM XUYÊN"), row("Kỳ báo cáo:", "Quý I/2024"), row("Ngày lập:", prepared), row()};
        b.sheet("Doan ra", meta, row("STT", "So nguoi", "Nuoc den", "Thời gian", "Doi tac", "SO QUYET DINH", "Muc dich",
                        "Truong doan", "Số điện thoại"),
                row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"),
                row(1, koreaPersons, "Korea", "18-23/03/2024", "Gyeonggi-do", "140/QD-UBND", "Xúc tiến đầu tư",
                        "Phó Chủ tịch UBND huyện", "0912345678"),
                row(2, "nhiều", "Thái Lan", "12-15/03/2024", "Sakon Nakhon", "151/QĐ-UBND", "Học tập kinh nghiệm",
                        "Trưởng phòng", null),
                row(3, -2, "Lào", "02/03/2024", "Savannakhet", "160/QĐ-UBND", "Làm việc", "Trưởng phòng", null),
                row(4, 3, null, "10/03/2024", "Nakhon Phanom", "161/QĐ-UBND", "Làm việc", "Trưởng phòng", null),
                row(5, 2, "Campuchia", "05/03/2012", "Siem Reap", "162/QĐ-UBND", "Làm việc", "Trưởng phòng", null),
                row(6, 4, "Lào", "28/02 - 03/03/2024", "Thủ đô Viêng Chăn", "170/QĐ-UBND", "Hội đàm", "Chủ tịch UBND huyện",
                        null));
        b.footer("Cẩm Xuyên, ngày " + prepared.substring(0, 2) + " tháng 04 năm 2024");
        b.write(root.resolve(path));
    }

    // Kỳ Anh: outbound and inbound in one table told apart by "Loại đoàn", in a 1904 workbook with date cells.
    private void kyAnhMixed1904() throws IOException {
        Book b = new Book(false);
        b.date1904();
        Object[][] meta = meta("UBND huyện Kỳ Anh", "Từ ngày 01/01/2024 đến ngày 31/03/2024", "03/04/2024");
        b.sheet("Tong hop doan", meta, row("STT", "Loại đoàn", "Quốc gia", "Đối tác", "Từ ngày", "Đến ngày", "Số lượng",
                        "Nội dung"),
                row(1, "Đoàn vào", "Hoa Kỳ", "USAID", LocalDate.of(2024, 1, 16), LocalDate.of(2024, 1, 17), 3,
                        "Khảo sát dự án"),
                row(2, "Đoàn ra", "LB Nga", "Tỉnh Tula", LocalDate.of(2024, 2, 19), LocalDate.of(2024, 2, 25), 4,
                        "Hợp tác giáo dục"),
                row(3, "Đoàn vào", "CHDCND Lào", "Tỉnh Khăm Muộn", LocalDate.of(2024, 1, 10), LocalDate.of(2024, 1, 12), 9,
                        "Chúc Tết"),
                row(4, "Đoàn vào", "Ca-na-đa", "Đại sứ quán Canada", LocalDate.of(2024, 3, 25), LocalDate.of(2024, 3, 24),
                        2, "Làm việc"));
        b.write(root.resolve("KA/Bao cao doan ra doan vao Q1-2024.xlsx"));
    }

    // Hồng Lĩnh: dates as text in every form and as a bare Excel serial number; counts "05" and "1.100".
    private void hongLinhSerials() throws IOException {
        Book b = new Book(false);
        Object[][] meta = meta("UBND thị xã Hồng Lĩnh", "6 tháng đầu năm 2024", "08/04/2024");
        b.sheet("DoanVao", meta, row("STT", "Đoàn khách", "Nước", "Cơ quan/Tổ chức", "Ngày đến", "Ngày đi", "Số khách"),
                row(1, "Đoàn Đại sứ quán Pháp", "Cộng hòa Pháp", "ĐSQ Pháp", "13.03.2024", "14/3/24", "05"),
                row(2, "Đoàn Đại học Souphanouvong", "Lào", "Đại học Souphanouvong", 45335.0, "2024-02-15", 6),
                row(3, "Đoàn Save the Children", "Anh", "Save the Children", "2024-01-22", "23-01-2024", 2));
        b.sheet("VienTro", meta, row("STT", "Tên dự án", "Nhà tài trợ", "Ngày tiếp nhận", "Kinh phí cam kết (USD)",
                        "Giá trị giải ngân (USD)", "Kinh phí (triệu đồng)"),
                row(1, "Dự án an sinh xã hội tại phường Đậu Liêu", "Save the Children", "22/01/2024", "2.901,81", 1100.0,
                        "1.100"));
        b.write(root.resolve("TXHL/TXHL 2024-H1.xlsx"));
        Book budget = new Book(false);
        budget.sheet("Dự toán", new Object[0][], row("STT", "Nội dung chi", "Đơn vị tính", "Số lượng", "Đơn giá"),
                row(1, "Văn phòng phẩm", "bộ", 3, 150000));
        budget.write(root.resolve("TXHL/Du toan kinh phi 2024.xlsx"));
    }

    // Economic zone authority: seminars with "HT" and missing diacritics, agreements of every level.
    private void economicZone() throws IOException {
        Book b = new Book(false);
        Object[][] meta = meta("Ban Quản lý Khu kinh tế tỉnh", "Quý 1 năm 2024", "06/04/2024");
        b.sheet("Hoi thao", meta, row("STT", "Tên sự kiện", "Cơ quan tổ chức", "Tổ chức phối hợp", "Thời gian", "Địa điểm",
                        "Đại biểu quốc tế", "Số đại biểu", "Linh vuc"),
                row(1, "HT hop tac phat trien", "Ban Quản lý Khu kinh tế tỉnh", "KOICA", "20/03/2024", "Vũng Áng", 24, 118,
                        "Kinh tế"));
        b.sheet("Thoa thuan", meta, row("STT", "Tên văn bản", "Đối tác", "Nước", "Cấp ký", "Thời gian ký"),
                row(1, "Thỏa thuận hợp tác với huyện Nongbok", "Huyện Nongbok", "Lào", "Huyện", "15/01/2024"),
                row(2, "Thỏa thuận kết nghĩa xã Kỳ Lợi", "Bản Nakai", "Lào", "Xã", "22/02/2024"));
        b.write(root.resolve("BQLKKT/bao cao doi ngoai Quý I-2024.xlsx"));
    }

    // A folder named by the unit's name, without diacritics.
    private void ducThoByName() throws IOException {
        Book b = new Book(false);
        Object[][] meta = meta("UBND huyện Đức Thọ", "Quý I/2024", "05/04/2024");
        b.sheet("DoanRa", meta, row("STT", "Quyết định cử đoàn", "Trưởng đoàn", "Quốc gia", "Địa phương/Đối tác",
                        "Ngày xuất cảnh", "Ngày nhập cảnh", "Số CBCCVC"),
                row(1, "QĐ số 125/QĐ-UBND ngày 01/03/2024", "Chủ tịch UBND huyện", "Lào", "Khammouane", "05/03/2024",
                        "07/03/2024", 8));
        b.write(root.resolve("UBND huyen Duc Tho/bao cao quy 1 2024.xlsx"));
    }

    // A file at the root: the unit is read from "Đơn vị báo cáo".
    private void cultureAtRoot() throws IOException {
        Book b = new Book(false);
        Object[][] meta = meta("Sở Văn hóa, Thể thao và Du lịch", "Tháng 03/2024", "01/04/2024");
        b.sheet("DoanVao", meta, row("STT", "Tên đoàn", "Quốc gia", "Đối tác", "Ngày đến", "Ngày đi", "Số khách"),
                row(1, "Đoàn nghệ thuật Khăm Muộn", "Lào", "Khăm Muộn", "14/03/2024", "16/03/2024", 18));
        b.write(root.resolve("Bao cao SVHTTDL thang 3.xlsx"));
    }

    private void brokenAndIgnored() throws IOException {
        write(root.resolve("KA/bao_cao_loi.xlsx"), "PK\u0003\u0004 this file was cut off while copying");
        write(root.resolve("SNGV/Thumbs.db"), "thumbnail cache");
        write(root.resolve("NX/~$bao cao quy I-2024.xls"), "office lock file");
        write(root.resolve("CX/ghi chu gui So Ngoai vu.docx"), "not a spreadsheet");
    }

    static Object[] row(Object... cells) {
        return cells;
    }

    static Object[][] meta(String unit, String period, String prepared) {
        return new Object[][] {row("Đơn vị báo cáo:", unit), row("Kỳ báo cáo:", period), row("Ngày lập:", prepared), row()};
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        settle(file);
    }

    static void settle(Path file) throws IOException {
        Files.setLastModifiedTime(file, WRITTEN);
    }

    /** A workbook being written: sheets of metadata rows, a header and data rows. */
    private static final class Book {
        private final Workbook wb;
        private final CellStyle dateStyle;
        private final List<String> footers = new ArrayList<>();

        Book(boolean xls) {
            wb = xls ? new HSSFWorkbook() : new XSSFWorkbook();
            dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        }

        void date1904() {
            ((XSSFWorkbook) wb).getCTWorkbook().addNewWorkbookPr().setDate1904(true);
        }

        Sheet sheet(String name, Object[][] meta, Object[]... rows) {
            Sheet sheet = wb.createSheet(name);
            int r = 0;
            for (Object[] m : meta) {
                put(sheet.createRow(r++), m);
            }
            for (Object[] data : rows) {
                put(sheet.createRow(r++), data);
            }
            for (String f : footers) {
                sheet.createRow(++r).createCell(4).setCellValue(f);
            }
            return sheet;
        }

        void footer(String text) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                Sheet s = wb.getSheetAt(i);
                s.createRow(s.getLastRowNum() + 2).createCell(4).setCellValue(text);
            }
        }

        void footerAt(Sheet sheet, int row, String text) {
            sheet.createRow(row).createCell(1).setCellValue(text);
        }

        private void put(Row row, Object[] values) {
            vn.hatinh.consolidator.support.WorkbookBuilder.put(row, values, dateStyle);
        }

        void write(Path file) throws IOException {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.close();
            settle(file);
        }
    }
}
