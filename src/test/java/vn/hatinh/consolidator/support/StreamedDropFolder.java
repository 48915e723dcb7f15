package vn.hatinh.consolidator.support;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A drop folder of inbound delegations written with SXSSF, so a million rows cost no more memory to write than ten:
 * {@code files} workbooks of distinct units (none supersedes another), events spread over five years and twenty
 * countries, every row a different event. Written once and kept: the same arguments give the same folder.
 */
public final class StreamedDropFolder {

    private static final String[] UNITS = {"SNGV", "SYT", "NX", "CX", "KA", "TH", "HS", "VQ", "CL", "LH"};
    private static final String[] COUNTRIES = {"Lào", "Thái Lan", "Hàn Quốc", "Nhật Bản", "Trung Quốc", "Pháp", "Đức",
        "Nga", "Hoa Kỳ", "Anh", "Úc", "Singapore", "Campuchia", "Ấn Độ", "Canada", "Bỉ", "Ý", "Hà Lan", "Thụy Điển",
        "Ba Lan"};

    private StreamedDropFolder() {
    }

    public static Path write(Path inbox, int rows, int files) throws Exception {
        if (files > UNITS.length) {
            throw new IllegalArgumentException("at most " + UNITS.length + " workbooks, one per unit");
        }
        if (Files.isDirectory(inbox)) {
            return inbox;
        }
        Path partial = inbox.resolveSibling(inbox.getFileName() + ".partial");
        for (int f = 0; f < files; f++) {
            Path file = partial.resolve(UNITS[f] + "/bao cao " + f + ".xlsx");
            Files.createDirectories(file.getParent());
            try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
                wb.setCompressTempFiles(true);
                SXSSFSheet sheet = wb.createSheet("DoanVao");
                sheet.createRow(0).createCell(0).setCellValue("Kỳ báo cáo: Từ ngày 01/01/2020 đến ngày 31/12/2024");
                String[] header = {"STT", "Tên đoàn", "Quốc gia", "Đối tác", "Ngày đến", "Ngày đi", "Số khách"};
                Row h = sheet.createRow(2);
                for (int c = 0; c < header.length; c++) {
                    h.createCell(c).setCellValue(header[c]);
                }
                for (int r = 0; r < rows / files; r++) {
                    Row row = sheet.createRow(r + 3);
                    LocalDate day = LocalDate.of(2020, 1, 1).plusDays((r * 7L + f) % 1800);
                    row.createCell(0).setCellValue(r + 1);
                    row.createCell(1).setCellValue("Đoàn " + f + "-" + r);
                    // the country must not follow the day (7r mod 1800 repeats every 1800 rows, as r mod 20 does)
                    row.createCell(2).setCellValue(COUNTRIES[(r + r / 1800) % COUNTRIES.length]);
                    row.createCell(3).setCellValue("Đối tác " + f + "-" + r);
                    String date = String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
                    row.createCell(4).setCellValue(date);
                    row.createCell(5).setCellValue(date);
                    row.createCell(6).setCellValue(1 + r % 30);
                }
                try (OutputStream out = Files.newOutputStream(file)) {
                    wb.write(out);
                }
                wb.dispose();
            }
            // settled long ago: the scan takes it at once
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
        }
        // a folder interrupted half-written is never taken for a finished one
        Files.move(partial, inbox);
        return inbox;
    }
}
