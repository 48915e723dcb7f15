package vn.hatinh.consolidator.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hatinh.consolidator.support.WorkbookBuilder.row;
import static vn.hatinh.consolidator.support.WorkbookBuilder.workbook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.hatinh.consolidator.ConsolidatorApplication;
import vn.hatinh.consolidator.support.TestDatabase;
import vn.hatinh.consolidator.support.WorkbookBuilder;

/**
 * The whole ingest job against a real MariaDB: a drop folder with good files, a copy, a broken file, a file with
 * no table, ignored files and bad rows; then a rerun and a resubmission.
 */
@SpringBootTest(classes = ConsolidatorApplication.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestJobFunctionalTests {

    static final Path WORK = Path.of("target", "functional", "ingest-" + System.nanoTime()).toAbsolutePath();
    static final Path INBOX = WORK.resolve("inbox");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "ingest", WORK.resolve("archive"));
        registry.add("consolidator.settle", () -> "2s");
    }

    @Autowired
    IngestLauncher launcher;

    @Autowired
    JdbcClient jdbc;

    static Object[][] inboundSheet(String unitName, String period, String prepared, Object[]... rows) {
        Object[][] head = {
                row("Đơn vị báo cáo:", unitName),
                row("Kỳ báo cáo:", period),
                row("Ngày lập:", prepared),
                row(),
                row("STT", "Tên đoàn", "Quốc gia", "Đối tác", "Ngày đến", "Ngày đi", "Số khách", "Đơn vị đón tiếp")};
        Object[][] all = new Object[head.length + rows.length][];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(rows, 0, all, head.length, rows.length);
        return all;
    }

    @Test
    @Order(1)
    void firstRunGivesEveryFileOneStatusAndStoresRowsWithProvenance() throws Exception {
        workbook().sheet("DoanVao", inboundSheet("Sở Ngoại vụ", "Tháng 03/2024", "02/04/2024",
                        row(1, "Đoàn tỉnh Khăm Muộn", "Lào", "Khăm Muộn", LocalDate.of(2024, 3, 5), "07/03/2024", 12, "Sở Ngoại vụ"),
                        row(2, "Đoàn ĐSQ Hàn Quốc", "Hàn Quốc", "Đại sứ quán Hàn Quốc", "10/03/2024", "11/03/2024", "nhiều", "Sở Ngoại vụ"),
                        row(3, "Đoàn Nhật Bản", "Nhật Bản", "JICA", "30/02/2024", "01/03/2024", 4, "Sở Y tế")))
                .writeTo(INBOX.resolve("SNGV/BaoCao_SNGV_202403.xlsx"));
        Files.copy(INBOX.resolve("SNGV/BaoCao_SNGV_202403.xlsx"), INBOX.resolve("SNGV/BaoCao_SNGV_202403 - Copy.xlsx"));
        WorkbookBuilder.settle(INBOX.resolve("SNGV/BaoCao_SNGV_202403 - Copy.xlsx"));
        workbook().sheet("Doan vao", inboundSheet("UBND huyện Nghi Xuân", "Quý I/2024", "05/04/2024",
                        row(1, "Đoàn Bolikhamxay", "CHDCND Lào", "Bolikhamxay", "12/02/2024", "13/02/2024", "10 người", "UBND huyện Nghi Xuân")))
                .writeTo(INBOX.resolve("UBND huyen Nghi Xuan/bao cao quy I.xls"));
        workbook().sheet("DoanVao", inboundSheet("Sở Y tế", "Tháng 03/2024", "01/04/2024",
                        row(1, "Đoàn JICA", "Nhật Bản", "JICA", "15/03/2024", "16/03/2024", "05", "Sở Y tế")))
                .writeTo(INBOX.resolve("Bao cao SYT.xlsx"));
        workbook().sheet("Dự toán", row("STT", "Nội dung chi", "Đơn vị tính", "Số lượng"), row(1, "Văn phòng phẩm", "bộ", 3))
                .writeTo(INBOX.resolve("SNGV/Du toan 2024.xlsx"));
        write(INBOX.resolve("NX/bao_cao_loi.xlsx"), "this is not a workbook at all");
        write(INBOX.resolve("NX/Thumbs.db"), "thumbs");
        write(INBOX.resolve("NX/~$bao cao.xlsx"), "lock");

        JobExecution execution = launcher.run(INBOX, 5);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, String> status = statuses();
        assertThat(status).containsEntry("SNGV/BaoCao_SNGV_202403.xlsx", "ACCEPTED")
                .containsEntry("SNGV/BaoCao_SNGV_202403 - Copy.xlsx", "DUPLICATE")
                .containsEntry("UBND huyen Nghi Xuan/bao cao quy I.xls", "ACCEPTED")
                .containsEntry("Bao cao SYT.xlsx", "ACCEPTED")
                .containsEntry("SNGV/Du toan 2024.xlsx", "REJECTED")
                .containsEntry("NX/bao_cao_loi.xlsx", "REJECTED")
                .containsEntry("NX/Thumbs.db", "IGNORED")
                .containsEntry("NX/~$bao cao.xlsx", "IGNORED")
                .hasSize(8);
        assertThat(unitOf("UBND huyen Nghi Xuan/bao cao quy I.xls")).isEqualTo("NX");
        assertThat(unitOf("Bao cao SYT.xlsx")).isEqualTo("SYT");
        assertThat(jdbc.sql("SELECT reason FROM submission WHERE path = 'NX/bao_cao_loi.xlsx'").query(String.class)
                .single()).isNotBlank();

        List<Map<String, Object>> sngvRows = jdbc.sql("""
                SELECT r.row_no, r.accepted, r.rejection, r.country, r.cnt, r.start_date FROM source_row r
                  JOIN submission s ON s.id = r.submission_id WHERE s.path = 'SNGV/BaoCao_SNGV_202403.xlsx'
                 ORDER BY r.row_no""").query().listOfRows();
        assertThat(sngvRows).hasSize(3);
        assertThat(sngvRows.get(0)).containsEntry("row_no", 6).containsEntry("accepted", true)
                .containsEntry("country", "LA").containsEntry("cnt", 12);
        assertThat(sngvRows.get(1)).containsEntry("row_no", 7).containsEntry("accepted", false);
        assertThat(sngvRows.get(2)).containsEntry("row_no", 8).containsEntry("accepted", false);
        assertThat((String) sngvRows.get(2).get("rejection")).contains("30/02/2024");

        assertThat(Files.list(WORK.resolve("archive/SNGV")).map(p -> p.getFileName().toString()).toList())
                .anyMatch(n -> n.endsWith("BaoCao_SNGV_202403.xlsx"))
                .anyMatch(n -> n.endsWith(".phan-hoi.xlsx"));
        assertThat(Files.exists(INBOX.resolve("SNGV/BaoCao_SNGV_202403.xlsx"))).as("the inbox is never emptied").isTrue();
    }

    @Test
    @Order(2)
    void rerunIngestsNothingTwice() throws Exception {
        long submissions = count("SELECT COUNT(*) FROM submission");
        long rows = count("SELECT COUNT(*) FROM source_row");
        long records = count("SELECT COUNT(*) FROM consolidated_record");

        JobExecution execution = launcher.run(INBOX, 5);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(count("SELECT COUNT(*) FROM submission")).isEqualTo(submissions);
        assertThat(count("SELECT COUNT(*) FROM source_row")).isEqualTo(rows);
        assertThat(count("SELECT COUNT(*) FROM consolidated_record")).isEqualTo(records);
    }

    @Test
    @Order(3)
    void laterFileForTheSamePeriodSupersedesTheEarlierOne() throws Exception {
        workbook().sheet("DoanVao", inboundSheet("Sở Ngoại vụ", "Từ ngày 01/03/2024 đến ngày 31/03/2024", "10/04/2024",
                        row(1, "Đoàn tỉnh Khăm Muộn", "Lào", "Khăm Muộn", "05/03/2024", "07/03/2024", 12, "Sở Ngoại vụ"),
                        row(2, "Đoàn ĐSQ Hàn Quốc", "Hàn Quốc", "Đại sứ quán Hàn Quốc", "10/03/2024", "11/03/2024", 3, "Sở Ngoại vụ")))
                .writeTo(INBOX.resolve("SNGV/BaoCao_SNGV_202403 (bổ sung).xlsx"));

        JobExecution execution = launcher.run(INBOX, 5);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, String> status = statuses();
        assertThat(status).containsEntry("SNGV/BaoCao_SNGV_202403.xlsx", "SUPERSEDED")
                .containsEntry("SNGV/BaoCao_SNGV_202403 (bổ sung).xlsx", "ACCEPTED");
        long countingRowsOfOldFile = count("""
                SELECT COUNT(*) FROM record_link l JOIN source_row r ON r.id = l.source_row_id
                  JOIN submission s ON s.id = r.submission_id WHERE s.path = 'SNGV/BaoCao_SNGV_202403.xlsx'""");
        assertThat(countingRowsOfOldFile).as("superseded rows stop counting").isZero();
        assertThat(count("SELECT COUNT(*) FROM source_row r JOIN submission s ON s.id = r.submission_id "
                + "WHERE s.path = 'SNGV/BaoCao_SNGV_202403.xlsx'")).as("but are kept for audit").isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM consolidated_record WHERE type = 'inbound' AND country = 'KR'"))
                .isEqualTo(1);
    }

    @Test
    @Order(4)
    void aFileThatVanishesAfterTheScanIsRejectedWithAReasonAndTheRunGoesOn() throws Exception {
        // what a scan left behind when the file was moved away before it was read (a long run, or a crash between)
        Path gone = INBOX.resolve("SYT/bao cao da xoa.xlsx");
        workbook().sheet("DoanVao", inboundSheet("Sở Y tế", "Tháng 04/2024", "02/05/2024",
                        row(1, "Đoàn JICA", "Nhật Bản", "JICA", "15/04/2024", "16/04/2024", 5, "Sở Y tế")))
                .writeTo(gone);
        jdbc.sql("""
                INSERT INTO submission (inbox, path, size_bytes, sha256, unit, unit_source, status, seen_at)
                VALUES (?, 'SYT/bao cao da xoa.xlsx', ?, REPEAT('a', 64), 'SYT', 'FOLDER', 'PENDING', NOW(3))""")
                .params(INBOX.toString(), Files.size(gone)).update();
        Files.delete(gone);
        long rows = count("SELECT COUNT(*) FROM source_row");

        JobExecution execution = launcher.run(INBOX, 5);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(statuses()).containsEntry("SYT/bao cao da xoa.xlsx", "REJECTED")
                .containsEntry("SNGV/BaoCao_SNGV_202403 (bổ sung).xlsx", "ACCEPTED");
        assertThat(jdbc.sql("SELECT reason FROM submission WHERE path = 'SYT/bao cao da xoa.xlsx'").query(String.class)
                .single()).contains("đã bị xóa hoặc di chuyển");
        assertThat(count("SELECT COUNT(*) FROM source_row")).isEqualTo(rows);
    }

    private Map<String, String> statuses() {
        return jdbc.sql("SELECT path, status FROM submission").query().listOfRows().stream()
                .collect(Collectors.toMap(r -> (String) r.get("path"), r -> (String) r.get("status")));
    }

    private String unitOf(String path) {
        return jdbc.sql("SELECT unit FROM submission WHERE path = ?").param(path).query(String.class).single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static void write(Path file, String content) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        WorkbookBuilder.settle(file);
    }
}
