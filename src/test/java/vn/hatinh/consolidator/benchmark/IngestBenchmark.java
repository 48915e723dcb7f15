package vn.hatinh.consolidator.benchmark;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.hatinh.consolidator.cli.Main;
import vn.hatinh.consolidator.ingest.table.ColumnSynonyms;
import vn.hatinh.consolidator.ingest.table.TableReader;
import vn.hatinh.consolidator.ingest.workbook.ReadLimits;
import vn.hatinh.consolidator.ingest.workbook.SheetCursor;
import vn.hatinh.consolidator.ingest.workbook.WorkbookContent;
import vn.hatinh.consolidator.ingest.workbook.WorkbookOpener;
import vn.hatinh.consolidator.reference.CountryResolver;
import vn.hatinh.consolidator.store.DataDirLock;
import vn.hatinh.consolidator.store.EmbeddedMariaDb;

/**
 * The benchmark of the README, rerun with {@code mvn -Pbenchmark verify} (heap capped at 256 MB by the profile).
 * For each size it generates a drop folder of workbooks of inbound delegations and reports rows per second and peak
 * heap for: raw streaming of the sheets' XML with no processing (the ceiling), reading cells, reading and validating
 * rows, and the whole ingest job (scan, read, validate, load, consolidate, archive) with each step's share.
 * Sizes: {@code -Dbenchmark.rows=10000,1000000} (read stages) and {@code -Dbenchmark.ingestRows=10000,100000}.
 */
class IngestBenchmark {

    static final Path ROOT = Path.of("target", "benchmark").toAbsolutePath();

    @Test
    void measure() throws Exception {
        StringBuilder report = new StringBuilder("| rows | stage | seconds | rows/s | peak heap MB |\n|---|---|---|---|---|\n");
        for (String n : System.getProperty("benchmark.rows", "10000,1000000").split(",")) {
            int rows = Integer.parseInt(n.trim());
            Path inbox = dropFolder(rows);
            measureReads(rows, inbox, report);
        }
        for (String n : System.getProperty("benchmark.ingestRows", "10000,100000").split(",")) {
            int rows = Integer.parseInt(n.trim());
            measureIngest(rows, dropFolder(rows), report);
        }
        System.out.println("\n" + report);
        Files.writeString(ROOT.resolve("results.md"), report.toString());
    }

    private void measureReads(int rows, Path inbox, StringBuilder report) throws Exception {
        Path[] files = workbooks(inbox);
        long[] count = {0};
        stage(report, rows, "raw XML streaming (ceiling)", () -> {
            for (Path f : files) {
                count[0] += rawRows(f);
            }
        });
        WorkbookOpener opener = new WorkbookOpener(ReadLimits.defaults());
        stage(report, rows, "read cells", () -> {
            for (Path f : files) {
                try (WorkbookContent wb = opener.open(f); SheetCursor c = wb.openSheet(0)) {
                    while (c.next() != null) {
                        count[0]++;
                    }
                }
            }
        });
        TableReader reader = new TableReader(ColumnSynonyms.load(Path.of("jobs/reference/columns.csv")),
                CountryResolver.load(Path.of("jobs/reference/countries.csv")));
        stage(report, rows, "read + parse + validate", () -> {
            for (Path f : files) {
                try (WorkbookContent wb = opener.open(f)) {
                    reader.read(wb, f.getFileName().toString(), row -> count[0]++);
                }
            }
        });
    }

    private void measureIngest(int rows, Path inbox, StringBuilder report) throws Exception {
        Path data = ROOT.resolve("data-" + rows + "-" + System.nanoTime());
        stage(report, rows, "ingest job end to end", () -> {
            if (Main.run("ingest", "--inbox", inbox.toString(), "--data-dir", data.toString(), "--jobs-dir", "jobs",
                    "--settle-seconds", "0") != 0) {
                throw new IllegalStateException("ingest failed");
            }
        });
        try (DataDirLock lock = DataDirLock.acquire(data, Duration.ofSeconds(30));
             EmbeddedMariaDb db = EmbeddedMariaDb.start(data);
             Connection c = DriverManager.getConnection(db.jdbcUrl(), "root", "");
             ResultSet rs = c.createStatement().executeQuery("""
                     SELECT STEP_NAME, TIMESTAMPDIFF(MICROSECOND, START_TIME, END_TIME) / 1e6 FROM BATCH_STEP_EXECUTION
                      ORDER BY STEP_EXECUTION_ID""")) {
            while (rs.next()) {
                double seconds = rs.getDouble(2);
                report.append(String.format("| %,d | step %s | %.2f | %,.0f | |%n", rows, rs.getString(1), seconds,
                        rows / Math.max(seconds, 0.001)));
            }
        }
    }

    interface Work {
        void run() throws Exception;
    }

    private static void stage(StringBuilder report, int rows, String name, Work work) throws Exception {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long start = System.nanoTime();
        work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        report.append(String.format("| %,d | %s | %.2f | %,.0f | %d |%n", rows, name, seconds, rows / seconds,
                peak >> 20));
    }

    private static long rawRows(Path xlsx) throws Exception {
        long rows = 0;
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            try (InputStream in = zip.getInputStream(sheet)) {
                XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                        rows++;
                    }
                }
            }
        }
        return rows;
    }

    private static Path[] workbooks(Path inbox) throws Exception {
        try (var s = Files.walk(inbox)) {
            return s.filter(p -> p.toString().endsWith(".xlsx")).sorted().toArray(Path[]::new);
        }
    }

    /** Ten workbooks (one for a small folder), each a distinct unit and period so none supersedes another. */
    static Path dropFolder(int rows) throws Exception {
        Path inbox = ROOT.resolve("inbox-" + rows);
        if (Files.isDirectory(inbox)) {
            return inbox;
        }
        String[] units = {"SNGV", "SYT", "NX", "CX", "KA", "TH", "HS", "VQ", "CL", "LH"};
        int files = rows >= 100_000 ? 10 : 1;
        for (int f = 0; f < files; f++) {
            Path file = inbox.resolve(units[f] + "/bao cao " + f + ".xlsx");
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
                // a province's real spread: many countries, events over five years
                String[] countries = {"Lào", "Thái Lan", "Hàn Quốc", "Nhật Bản", "Trung Quốc", "Pháp", "Đức", "Nga",
                    "Hoa Kỳ", "Anh", "Úc", "Singapore", "Campuchia", "Ấn Độ", "Canada", "Bỉ", "Ý", "Hà Lan",
                    "Thụy Điển", "Ba Lan"};
                for (int r = 0; r < rows / files; r++) {
                    Row row = sheet.createRow(r + 3);
                    LocalDate day = LocalDate.of(2020, 1, 1).plusDays((r * 7L + f) % 1800);
                    row.createCell(0).setCellValue(r + 1);
                    row.createCell(1).setCellValue("Đoàn " + f + "-" + r);
                    row.createCell(2).setCellValue(countries[r % countries.length]);
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
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
        }
        return inbox;
    }
}
