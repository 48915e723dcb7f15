package vn.hatinh.consolidator.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.hatinh.consolidator.ingest.ParsedRow;
import vn.hatinh.consolidator.ingest.RecordType;
import vn.hatinh.consolidator.ingest.WorkbookReading;
import vn.hatinh.consolidator.ingest.workbook.Cell;
import vn.hatinh.consolidator.ingest.workbook.RejectionReason;
import vn.hatinh.consolidator.ingest.workbook.SheetCursor;
import vn.hatinh.consolidator.ingest.workbook.SheetRow;
import vn.hatinh.consolidator.ingest.workbook.WorkbookContent;
import vn.hatinh.consolidator.ingest.workbook.WorkbookRejectedException;
import vn.hatinh.consolidator.reference.CountryResolver;

/** Header detection, layouts, metadata, footers and row validation over workbooks held in memory. */
class TableReaderTests {

    static final TableReader READER = new TableReader(ColumnSynonyms.load(Path.of("jobs/reference/columns.csv")),
            CountryResolver.load(Path.of("jobs/reference/countries.csv")));

    /** A sheet as rows of values (null for an empty cell), row numbers from 1. */
    record Sheet(String name, Object[][] rows) {
    }

    static WorkbookContent workbook(Sheet... sheets) {
        return new WorkbookContent() {
            public boolean date1904() {
                return false;
            }

            public List<String> sheetNames() {
                return java.util.Arrays.stream(sheets).map(Sheet::name).toList();
            }

            public SheetCursor openSheet(int index) {
                Object[][] rows = sheets[index].rows();
                int[] next = {0};
                return new SheetCursor() {
                    public String sheetName() {
                        return sheets[index].name();
                    }

                    public SheetRow next() {
                        while (next[0] < rows.length) {
                            int r = next[0]++;
                            List<Cell> cells = new ArrayList<>();
                            for (int c = 0; c < rows[r].length; c++) {
                                if (rows[r][c] != null) {
                                    cells.add(new Cell(c, rows[r][c] instanceof Integer i ? (double) i : rows[r][c]));
                                }
                            }
                            if (!cells.isEmpty()) {
                                return new SheetRow(r + 1, cells);
                            }
                        }
                        return null;
                    }

                    public void close() {
                    }
                };
            }

            public void close() {
            }
        };
    }

    static Object[] row(Object... cells) {
        return cells;
    }

    static List<ParsedRow> read(WorkbookContent wb, List<WorkbookReading> out) throws WorkbookRejectedException {
        List<ParsedRow> rows = new ArrayList<>();
        out.add(READER.read(wb, "bao cao.xlsx", rows::add));
        return rows;
    }

    @Test
    void headerBelowMetadataColumnsInAnyOrderUnknownColumnsKeptFootersSkipped() throws Exception {
        List<WorkbookReading> meta = new ArrayList<>();
        List<ParsedRow> rows = read(workbook(new Sheet("Sheet1", new Object[][] {
                row("Đơn vị báo cáo:", "Sở Y tế"), row("Kỳ báo cáo:", "Quý I/2024"), row("Ngày lập:", "05/04/2024"), row(),
                row("STT", "SỐ NGƯỜI", "Nuoc den:", "Ngay di", "Ngày về", "Đối tác", "Số quyết định", "Số điện thoại"),
                row(1, 5, "Lào", "04/03/2024", "07/03/2024", "Khăm Muộn", "125/QĐ-UBND", "0912"),
                row(2, 3, "Hàn Quốc", LocalDateTime.of(2024, 3, 18, 0, 0), "22/03/2024", "=HYPERLINK(1)", "140/QĐ-UBND", null),
                row(null, "Tổng cộng", null, null, null, null, null, null),
                row(null, null, null, null, "Hà Tĩnh, ngày 05 tháng 04 năm 2024"),
                row(null, "Người lập biểu", null, null, "Thủ trưởng đơn vị"),
                row(null, "Nguyễn Văn A", null, null, "Trần Thị B")})), meta);
        assertThat(rows).hasSize(2).allMatch(ParsedRow::accepted);
        assertThat(rows.get(0).type()).isEqualTo(RecordType.OUTBOUND);
        assertThat(rows.get(0).rowNumber()).isEqualTo(6);
        assertThat(rows.get(0).row().count()).isEqualTo(5);
        assertThat(rows.get(0).row().country()).isEqualTo("LA");
        assertThat(rows.get(0).row().start()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(rows.get(0).row().extra()).containsEntry("Số điện thoại", "0912");
        assertThat(rows.get(1).row().partner()).as("a unit's text is never evaluated").isEqualTo("=HYPERLINK(1)");
        WorkbookReading reading = meta.get(0);
        assertThat(reading.declaredUnit()).isEqualTo("Sở Y tế");
        assertThat(reading.period().from()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(reading.preparedOn()).isEqualTo(LocalDate.of(2024, 4, 5));
    }

    @Test
    void twoRowHeaderWithAMergedGroupAndANumberingRow() throws Exception {
        List<ParsedRow> rows = read(workbook(new Sheet("Doan vao", new Object[][] {
                row("DANH SÁCH ĐOÀN VÀO QUÝ I NĂM 2024"), row(),
                row("STT", "Tên đoàn", "Quốc tịch", "Đối tác", "Thời gian", null, "Số người"),
                row(null, null, null, null, "Ngày đến", "Ngày đi", null),
                row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"),
                row(1, "Đoàn Khammouane", "Lao PDR", "Khammouane", "06/03/2024", "07/03/2024", "11 người")})),
                new ArrayList<>());
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo(RecordType.INBOUND);
            assertThat(r.row().start()).isEqualTo(LocalDate.of(2024, 3, 6));
            assertThat(r.row().end()).isEqualTo(LocalDate.of(2024, 3, 7));
            assertThat(r.row().count()).isEqualTo(11);
        });
    }

    @Test
    void headersWithQualifiersAreReadAndNgayDiFollowsTheTableType() throws Exception {
        List<ParsedRow> rows = read(workbook(
                new Sheet("Sheet1", new Object[][] {
                        row("DANH SÁCH ĐOÀN VÀO (Kèm theo báo cáo số 12/BC-SNGV)"),
                        row("Quốc gia: Lào", "Tháng: 03/2024", "Số khách: 05"),
                        row("STT", "1. Tên đoàn", "2. Quốc gia (nước)", "3. Ngày đến (dd/mm/yyyy)",
                                "4. Ngày đi (dd/mm/yyyy)", "5. Số khách (người)", "Kinh phí (triệu đồng)"),
                        row(1, "Đoàn Khăm Muộn", "Lào", "05/03/2024", "07/03/2024", 12, "15")}),
                new Sheet("Sheet2", new Object[][] {
                        row("(1)", "Số QĐ:", "Nước đến – ghi rõ", "Ngày đi: ngày/tháng/năm", "Ngày về (dự kiến)",
                                "Số người (lượt người)"),
                        row(1, "125/QĐ-UBND", "Hàn Quốc", "18/03/2024", "22/03/2024", 4)}),
                new Sheet("Sheet3", new Object[][] {
                        row("STT", "Tên hội thảo", "Ngày tổ chức (dd/mm/yyyy)", "Số đại biểu nước ngoài (người)",
                                "Số đại biểu (người)"),
                        row(1, "Hội thảo hợp tác", "20/03/2024", 25, 120)})), new ArrayList<>());
        assertThat(rows).hasSize(3).allMatch(ParsedRow::accepted);
        assertThat(rows.get(0).type()).isEqualTo(RecordType.INBOUND);
        assertThat(rows.get(0).rowNumber()).as("neither the title nor the metadata row is the header").isEqualTo(4);
        assertThat(rows.get(0).row().end()).as("Ngày đi ends an inbound visit").isEqualTo(LocalDate.of(2024, 3, 7));
        assertThat(rows.get(0).row().count()).isEqualTo(12);
        assertThat(rows.get(0).row().extra()).as("an unknown column stays extra data")
                .containsEntry("Kinh phí (triệu đồng)", "15");
        assertThat(rows.get(1).type()).isEqualTo(RecordType.OUTBOUND);
        assertThat(rows.get(1).row().start()).as("Ngày đi starts an outbound trip").isEqualTo(LocalDate.of(2024, 3, 18));
        assertThat(rows.get(1).row().end()).isEqualTo(LocalDate.of(2024, 3, 22));
        assertThat(rows.get(1).row().decision()).isEqualTo("125/QĐ-UBND");
        assertThat(rows.get(2).row().count()).as("the longest name wins").isEqualTo(25);
        assertThat(rows.get(2).row().totalCount()).isEqualTo(120);
        assertThat(rows.get(2).row().start()).isEqualTo(LocalDate.of(2024, 3, 20));
    }

    @Test
    void aSingleTimeColumnHoldsARange() throws Exception {
        List<ParsedRow> rows = read(workbook(new Sheet("HoiThao", new Object[][] {
                row("STT", "Tên hội thảo", "Đơn vị tổ chức", "Thời gian", "Số đại biểu nước ngoài"),
                row(1, "Hội thảo hợp tác", "Sở Ngoại vụ", "12-15/03/2024", 20)})), new ArrayList<>());
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo(RecordType.SEMINAR);
            assertThat(r.row().start()).isEqualTo(LocalDate.of(2024, 3, 12));
            assertThat(r.row().end()).isEqualTo(LocalDate.of(2024, 3, 15));
        });
    }

    @Test
    void theMixedTableSaysEachRowsTypeAndAFirstTextLikeGiamDocIsData() throws Exception {
        List<ParsedRow> rows = read(workbook(new Sheet("Tong hop", new Object[][] {
                row("Trưởng đoàn", "Loại đoàn", "Quốc gia", "Đối tác", "Từ ngày", "Đến ngày", "Số lượng"),
                row("Giám đốc Sở", "Đoàn vào", "Hoa Kỳ", "USAID", "16/01/2024", "17/01/2024", 3),
                row("Giám đốc Sở", "Đoàn ra", "LB Nga", "Tula", "19/02/2024", "25/02/2024", 4),
                row("Giám đốc Sở", "Đoàn khác", "Lào", "Viêng Chăn", "19/02/2024", "25/02/2024", 4)})), new ArrayList<>());
        assertThat(rows).extracting(ParsedRow::type).containsExactly(RecordType.INBOUND, RecordType.OUTBOUND,
                RecordType.INBOUND);
        assertThat(rows.get(2).rejection()).contains("Loại đoàn");
    }

    @Test
    void badRowsAreRejectedWithAReasonAndTheOthersLoad() throws Exception {
        List<ParsedRow> rows = read(workbook(new Sheet("DoanVao", new Object[][] {
                row("Kỳ báo cáo:", "Quý I/2024"),
                row("STT", "Tên đoàn", "Quốc gia", "Ngày đến", "Ngày đi", "Số khách"),
                row(1, "A", "Lào", "05/03/2024", "06/03/2024", 5),
                row(2, "B", "Lào", null, "06/03/2024", 5),
                row(3, "C", null, "05/03/2024", "06/03/2024", 5),
                row(4, "D", "Lào", "30/02/2024", "06/03/2024", 5),
                row(5, "E", "Lào", "05/03/2024", "01/03/2024", 5),
                row(6, "F", "Lào", "05/03/2024", "06/03/2024", -2),
                row(7, "G", "Lào", "05/03/2024", "06/03/2024", "nhiều"),
                row(8, "H", "Lào", "05/03/2012", "06/03/2012", 5),
                row(9, "I", "Lào", "05/03/2024", "06/03/2024", null)})), new ArrayList<>());
        assertThat(rows).hasSize(9);
        assertThat(rows.get(0).accepted()).isTrue();
        assertThat(rows.subList(1, 9)).noneMatch(ParsedRow::accepted);
        assertThat(rows.get(1).rejection()).contains("Thiếu ngày đến");
        assertThat(rows.get(2).rejection()).contains("quốc gia");
        assertThat(rows.get(3).rejection()).contains("30/02/2024");
        assertThat(rows.get(4).rejection()).contains("trước");
        assertThat(rows.get(5).rejection()).contains("âm");
        assertThat(rows.get(6).rejection()).contains("nhiều");
        assertThat(rows.get(7).rejection()).contains("ngoài kỳ báo cáo");
        assertThat(rows.get(8).rejection()).contains("Thiếu số khách");
    }

    @Test
    void aWorkbookWithoutAHeaderRowHasNoRecognisableTable() {
        assertThatThrownBy(() -> READER.read(workbook(new Sheet("Dự toán", new Object[][] {
                row("STT", "Nội dung chi", "Đơn vị tính", "Số lượng")})), "du toan.xlsx", r -> {
        })).isInstanceOf(WorkbookRejectedException.class)
                .satisfies(e -> assertThat(((WorkbookRejectedException) e).reason()).isEqualTo(RejectionReason.NO_TABLE));
    }

    @Test
    void aMillionRowsStreamThroughWithoutBeingHeld() throws Exception {
        WorkbookContent big = new WorkbookContent() {
            public boolean date1904() {
                return false;
            }

            public List<String> sheetNames() {
                return List.of("DoanVao");
            }

            public SheetCursor openSheet(int index) {
                int[] n = {0};
                return new SheetCursor() {
                    public String sheetName() {
                        return "DoanVao";
                    }

                    public SheetRow next() {
                        int r = ++n[0];
                        if (r == 1) {
                            return new SheetRow(1, List.of(new Cell(0, "Tên đoàn"), new Cell(1, "Quốc gia"),
                                    new Cell(2, "Ngày đến"), new Cell(3, "Số khách")));
                        }
                        if (r > 1_000_001) {
                            return null;
                        }
                        return new SheetRow(r, List.of(new Cell(0, "Đoàn " + r), new Cell(1, "Lào"),
                                new Cell(2, "05/03/2024"), new Cell(3, 4.0)));
                    }

                    public void close() {
                    }
                };
            }

            public void close() {
            }
        };
        long[] accepted = {0};
        READER.read(big, "lon.xlsx", r -> accepted[0] += r.accepted() ? 1 : 0);
        assertThat(accepted[0]).isEqualTo(1_000_000);
    }
}
