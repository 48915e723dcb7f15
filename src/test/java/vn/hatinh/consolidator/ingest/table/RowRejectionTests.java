package vn.hatinh.consolidator.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hatinh.consolidator.ingest.table.TableReaderTests.read;
import static vn.hatinh.consolidator.ingest.table.TableReaderTests.row;
import static vn.hatinh.consolidator.ingest.table.TableReaderTests.workbook;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.hatinh.consolidator.ingest.ParsedRow;
import vn.hatinh.consolidator.ingest.table.TableReaderTests.Sheet;

/**
 * Every kind of row rejection, produced by the real validator from rows a unit could send, is recognised from the
 * stored reason with the column it names; what a unit typed inside a reason never changes its kind.
 */
class RowRejectionTests {

    @Test
    void everyReasonTheValidatorGivesHasItsKindAndColumn() throws Exception {
        List<ParsedRow> rows = new ArrayList<>();
        rows.addAll(read(workbook(new Sheet("DoanVao", new Object[][] {
                row("Kỳ báo cáo:", "Quý I/2024"),
                row("STT", "Tên đoàn", "Quốc gia", "Đối tác", "Ngày đến", "Ngày đi", "Số khách"),
                row(1, "A", "Lào", "X", null, "06/03/2024", 5),
                row(2, "B", "Xứ Thần Tiên", "X", "05/03/2024", "06/03/2024", 5),
                row(3, "C", "Lào", "X", "mùng 5 tháng ba", "06/03/2024", 5),
                row(4, "D", "Lào", "X", "30/02/2024", "06/03/2024", 5),
                row(5, "E", "Lào", "X", "05/03/2024", "01/03/2024", 5),
                row(6, "F", "Lào", "X", "05/03/2024", "06/03/2024", -2),
                row(7, "G", "Lào", "X", "05/03/2024", "06/03/2024", "nhiều"),
                row(8, "H", "Lào", "X", "05/03/2024", "06/03/2024", 2.5),
                row(9, "I", "Lào", "X", "05/03/2024", "06/03/2024", 5e9),
                row(10, "J", "Lào", "X", "05/03/2012", "06/03/2012", 5),
                // a unit's text that reads like another kind's wording stays inside quotes, after the opening
                row(11, "K", "Lào", "X", "Thiếu \" nằm ngoài kỳ báo cáo", "06/03/2024", 5),
                row(12, "L", "Ngày \"1\" không tồn tại", "X", "05/03/2024", "06/03/2024", 5),
                row(13, "M", "Lào", "X", "05/03/2024", "06/03/2024", "Thiếu: \"x\"")})), new ArrayList<>()));
        rows.addAll(read(workbook(new Sheet("Tong hop", new Object[][] {
                row("Trưởng đoàn", "Loại đoàn", "Quốc gia", "Đối tác", "Từ ngày", "Đến ngày", "Số lượng"),
                row("Giám đốc Sở", "Đoàn khác", "Lào", "Viêng Chăn", "19/02/2024", "25/02/2024", 4)})),
                new ArrayList<>()));
        rows.addAll(read(workbook(new Sheet("HoiThao", new Object[][] {
                row("STT", "Tên hội thảo", "Đơn vị tổ chức", "Thời gian", "Số đại biểu nước ngoài"),
                row(1, "Hội thảo hợp tác", "Sở Ngoại vụ", "sắp tới", 20)})), new ArrayList<>()));
        rows.addAll(read(workbook(new Sheet("LanhSu", new Object[][] {
                row("STT", "Tháng", "Số vụ việc bảo hộ công dân", "Số hồ sơ chứng nhận, hợp pháp hóa lãnh sự"),
                row(1, "tháng mười", 2, 3)})), new ArrayList<>()));
        rows.addAll(read(workbook(new Sheet("VienTro", new Object[][] {
                row("STT", "Tên chương trình, dự án", "Tổ chức tài trợ", "Ngày phê duyệt", "Giá trị cam kết (USD)"),
                row(1, "Nước sạch", "KOICA", "05/03/2024", "1,5 triệu")})), new ArrayList<>()));

        Map<String, RowRejection.Found> found = new LinkedHashMap<>();
        for (ParsedRow r : rows) {
            assertThat(r.accepted()).as(r.sheet() + "!" + r.rowNumber()).isFalse();
            found.put(r.sheet() + "!" + r.rowNumber(), RowRejection.classify(r.rejection()));
        }
        assertThat(found).containsEntry("DoanVao!3", found(RowRejection.MISSING_VALUE, "Ngày đến"))
                .containsEntry("DoanVao!4", found(RowRejection.UNKNOWN_COUNTRY, null))
                .containsEntry("DoanVao!5", found(RowRejection.UNREADABLE_DATE, "Ngày đến"))
                .containsEntry("DoanVao!6", found(RowRejection.IMPOSSIBLE_DATE, "Ngày đến"))
                .containsEntry("DoanVao!7", found(RowRejection.END_BEFORE_START, "Ngày đi trước ngày đến"))
                .containsEntry("DoanVao!8", found(RowRejection.NOT_A_NUMBER, "Số khách"))
                .containsEntry("DoanVao!9", found(RowRejection.NOT_A_NUMBER, "Số khách"))
                .containsEntry("DoanVao!10", found(RowRejection.NOT_A_NUMBER, "Số khách"))
                .containsEntry("DoanVao!11", found(RowRejection.NOT_A_NUMBER, "Số khách"))
                .containsEntry("DoanVao!12", found(RowRejection.OUTSIDE_PERIOD, null))
                .containsEntry("DoanVao!13", found(RowRejection.UNREADABLE_DATE, "Ngày đến"))
                .containsEntry("DoanVao!14", found(RowRejection.UNKNOWN_COUNTRY, null))
                .containsEntry("DoanVao!15", found(RowRejection.NOT_A_NUMBER, "Số khách"))
                .containsEntry("Tong hop!2", found(RowRejection.UNKNOWN_DELEGATION_KIND, null))
                .containsEntry("HoiThao!2", found(RowRejection.UNREADABLE_DATE, "Thời gian"))
                .containsEntry("LanhSu!2", found(RowRejection.UNREADABLE_MONTH, null))
                .containsEntry("VienTro!2", found(RowRejection.NOT_A_NUMBER, "Giá trị cam kết"))
                .hasSize(17);
        Set<RowRejection> produced = EnumSet.noneOf(RowRejection.class);
        found.values().forEach(f -> produced.add(f.kind()));
        assertThat(produced).as("every kind but OTHER comes from a real reason")
                .isEqualTo(EnumSet.complementOf(EnumSet.of(RowRejection.OTHER)));
    }

    @Test
    void adviceNamesTheColumnsAndTheFormatToUse() {
        assertThat(RowRejection.MISSING_VALUE.advice(List.of("Ngày đến", "Số khách"), 3))
                .isEqualTo("Điền vào các ô đang để trống: \"Ngày đến\", \"Số khách\" (3 dòng).");
        assertThat(RowRejection.UNREADABLE_DATE.advice(List.of("Ngày đi"), 1))
                .startsWith("Ghi lại ngày ở cột \"Ngày đi\" theo dạng ngày/tháng/năm").contains("05/03/2024");
        assertThat(RowRejection.UNREADABLE_MONTH.advice(List.of(), 2)).contains("03/2024").endsWith("(2 dòng).");
        assertThat(RowRejection.NOT_A_NUMBER.advice(List.of("Số khách"), 1)).startsWith("Ở cột \"Số khách\" chỉ ghi số");
    }

    @Test
    void aReasonWordedOtherwiseIsOther() {
        assertThat(RowRejection.classify("Dòng lạ")).isEqualTo(found(RowRejection.OTHER, null));
        assertThat(RowRejection.classify(null)).isEqualTo(found(RowRejection.OTHER, null));
    }

    private static RowRejection.Found found(RowRejection kind, String subject) {
        return new RowRejection.Found(kind, subject);
    }
}
