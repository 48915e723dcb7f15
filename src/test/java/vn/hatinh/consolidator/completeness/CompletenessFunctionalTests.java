package vn.hatinh.consolidator.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hatinh.consolidator.support.WorkbookBuilder.row;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import vn.hatinh.consolidator.cli.Main;
import vn.hatinh.consolidator.support.ExportedCsv;
import vn.hatinh.consolidator.support.WorkbookBuilder;

/**
 * Who has reported: files declaring a period, arriving (by modification time) before or after the unit's due day,
 * expected or not by its frequency, for units that exist during the period.
 */
class CompletenessFunctionalTests {

    static final Path WORK = Path.of("target", "functional", "completeness-" + System.nanoTime()).toAbsolutePath();

    @Test
    void eachUnitOfThePeriodIsOnTimeLateMissingOrNotExpected() throws Exception {
        Path inbox = WORK.resolve("inbox");
        // SNGV (monthly, due 5 days) for March 2024, in time; SYT (quarterly, due 10 days) for Q1, late;
        // NX (quarterly) for Q1 in time, then a correction after the due day; SYT also sends a March file
        submission(inbox, "SNGV/thang 3.xlsx", "Tháng 03/2024", LocalDateTime.of(2024, 4, 4, 16, 30));
        submission(inbox, "SYT/quy 1.xlsx", "Quý I/2024", LocalDateTime.of(2024, 4, 15, 8, 0));
        submission(inbox, "SYT/thang 3.xlsx", "Tháng 3 năm 2024", LocalDateTime.of(2024, 3, 30, 9, 0));
        submission(inbox, "NX/quy 1.xlsx", "Quý I/2024", LocalDateTime.of(2024, 4, 8, 10, 0));
        submission(inbox, "NX/quy 1 bo sung.xlsx", "Quý I/2024", LocalDateTime.of(2024, 5, 20, 10, 0), 9);

        Path data = WORK.resolve("data");
        assertThat(Main.run("ingest", "--inbox", inbox.toString(), "--data-dir", data.toString(), "--jobs-dir", "jobs"))
                .isZero();

        // the clerk finds the feedback beside the file they dropped; the next scan never takes it in
        Path copy = inbox.resolve("SNGV/phan-hoi/thang 3.xlsx.phan-hoi.xlsx");
        assertThat(copy).isRegularFile();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(copy))) {
            assertThat(wb.getSheet("Tóm tắt")).isNotNull();
        }
        assertThat(Main.run("ingest", "--inbox", inbox.toString(), "--data-dir", data.toString(), "--jobs-dir", "jobs"))
                .isZero();
        Path submissions = WORK.resolve("submissions.csv");
        assertThat(Main.run("export", "submissions", "--out", submissions.toString(), "--data-dir", data.toString(),
                "--jobs-dir", "jobs")).isZero();
        assertThat(ExportedCsv.read(submissions)).hasSize(5)
                .allSatisfy(r -> assertThat(r.get("path")).doesNotContain("phan-hoi"));

        Map<String, CSVRecord> march = export(data, "2024-03");
        expect(march.get("SNGV"), "yes", "on_time", "1", "2024-04-04T16:30");
        expect(march.get("SYT"), "no", "on_time", "1", "2024-03-30T09:00");
        expect(march.get("NX"), "no", "not_expected", "0", "");
        assertThat(march.get("SNGV").get("rows_accepted")).isEqualTo("2");

        Map<String, CSVRecord> q1 = export(data, "2024-Q1");
        expect(q1.get("SNGV"), "no", "not_expected", "0", "");
        expect(q1.get("SYT"), "yes", "late", "1", "2024-04-15T08:00");
        expect(q1.get("NX"), "yes", "on_time", "2", "2024-05-20T10:00");
        expect(q1.get("CX"), "yes", "missing", "0", "");
        assertThat(q1).doesNotContainKey("PTS");

        // the monthly report's annex lists who reported for its month and who did not
        Path reports = WORK.resolve("reports");
        assertThat(Main.run("report", "monthly", "--month", "2024-03", "--out", reports.toString(), "--data-dir",
                data.toString(), "--jobs-dir", "jobs")).isZero();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(reports.resolve("bao-cao-thang-2024-03-phu-luc.xlsx")))) {
            var sheet = wb.getSheet("GuiBaoCao");
            assertThat(sheet).as("completeness sheet").isNotNull();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("tháng 03/2024");
            Map<String, String> statusByName = new java.util.HashMap<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                statusByName.put(sheet.getRow(r).getCell(0).getStringCellValue(),
                        sheet.getRow(r).getCell(2).getStringCellValue());
            }
            assertThat(statusByName).containsEntry("Sở Ngoại vụ", "Đã gửi đúng hạn")
                    .containsEntry("Sở Y tế", "Đã gửi đúng hạn")
                    .containsEntry("UBND huyện Nghi Xuân", "Không phải gửi kỳ này")
                    .doesNotContainKey("UBND phường Thành Sen");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).as("those who reported come first")
                    .isIn("Sở Ngoại vụ", "Sở Y tế");
        }

        // after the reorganisation: districts are gone, wards report
        Map<String, CSVRecord> q3of2025 = export(data, "2025-Q3");
        assertThat(q3of2025).doesNotContainKey("NX").containsKey("PTS");
        expect(q3of2025.get("PTS"), "yes", "missing", "0", "");
    }

    @Test
    void aReadOnlyDropFolderOnlyLosesTheClerksCopy() throws Exception {
        Path inbox = WORK.resolve("read-only-inbox");
        submission(inbox, "SYT/quy 1.xlsx", "Quý I/2024", LocalDateTime.of(2024, 4, 2, 8, 0));
        Path unitFolder = inbox.resolve("SYT");
        Files.setPosixFilePermissions(unitFolder, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Path data = WORK.resolve("read-only-data");
            assertThat(Main.run("ingest", "--inbox", inbox.toString(), "--data-dir", data.toString(), "--jobs-dir",
                    "jobs")).isZero();
            assertThat(unitFolder.resolve("phan-hoi")).doesNotExist();
            expect(export(data, "2024-Q1").get("SYT"), "yes", "on_time", "1", "2024-04-02T08:00");
        } finally {
            Files.setPosixFilePermissions(unitFolder, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static void expect(CSVRecord r, String expected, String status, String files, String lastReceived) {
        assertThat(r.get("expected")).as(r.get("unit") + " expected").isEqualTo(expected);
        assertThat(r.get("status")).as(r.get("unit") + " status").isEqualTo(status);
        assertThat(r.get("files")).as(r.get("unit") + " files").isEqualTo(files);
        assertThat(r.get("last_received")).as(r.get("unit") + " last received").startsWith(lastReceived);
    }

    private static Map<String, CSVRecord> export(Path data, String period) throws Exception {
        Path csv = WORK.resolve("completeness-" + period + ".csv");
        assertThat(Main.run("export", "completeness", "--period", period, "--out", csv.toString(), "--data-dir",
                data.toString(), "--jobs-dir", "jobs")).isZero();
        List<CSVRecord> records = ExportedCsv.read(csv);
        assertThat(records.get(0).getParser().getHeaderNames()).containsExactly("unit", "name", "expected", "status",
                "files", "rows_accepted", "rows_rejected", "last_received");
        return records.stream().collect(Collectors.toMap(r -> r.get("unit"), r -> r));
    }

    private static void submission(Path inbox, String path, String period, LocalDateTime modified) throws Exception {
        submission(inbox, path, period, modified, 8);
    }

    private static void submission(Path inbox, String path, String period, LocalDateTime modified, int guests)
            throws Exception {
        LocalDate day = LocalDate.of(2024, 3, 10);
        Path file = inbox.resolve(path);
        WorkbookBuilder.workbook().sheet("DoanVao", new Object[][] {
                row("Kỳ báo cáo: " + period),
                row(),
                row("STT", "Tên đoàn", "Quốc gia", "Đối tác", "Ngày đến", "Ngày đi", "Số khách"),
                row(1, "Đoàn tỉnh Bolikhamxay", "Lào", "Tỉnh Bolikhamxay", day, day.plusDays(2), guests),
                // the unit's own wording, so that no two units' files are byte-identical copies
                row(2, "Đoàn KOICA làm việc với " + path.substring(0, path.indexOf('/')), "Hàn Quốc", "KOICA",
                        day.plusDays(5), day.plusDays(6), 4)})
                .writeTo(file);
        Files.setLastModifiedTime(file, FileTime.from(modified.atZone(ZoneId.systemDefault()).toInstant()));
    }
}
