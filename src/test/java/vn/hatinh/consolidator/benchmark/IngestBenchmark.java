package vn.hatinh.consolidator.benchmark;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

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
import vn.hatinh.consolidator.support.StreamedDropFolder;

/**
 * The benchmark of the README, rerun with {@code mvn -Pbenchmark verify} (heap capped at 256 MB by the profile).
 * For each size it generates a drop folder of ten workbooks of inbound delegations and reports rows per second and
 * memory for: raw streaming of the sheets' XML with no processing (the ceiling), reading cells, reading and
 * validating rows, and the whole ingest job (scan, read + validate + load, consolidate, archive with feedback) with
 * each step. It then ingests one workbook of a million rows. Memory is the largest live heap left after a garbage
 * collection during the stage (what the stage really holds), next to the largest heap in use at any moment.
 * Sizes: {@code -Dbenchmark.rows=10000,1000000} and {@code -Dbenchmark.singleWorkbookRows=1000000} (0 to skip).
 */
class IngestBenchmark {

    static final Path ROOT = Path.of("target", "benchmark").toAbsolutePath();

    private final HeapWatch heap = new HeapWatch();

    @Test
    void measure() throws Exception {
        StringBuilder report = new StringBuilder("""
                | rows | workbooks | stage | seconds | rows/s | ratio to ceiling | live heap MB | heap in use MB |
                |---|---|---|---|---|---|---|---|
                """);
        for (String n : System.getProperty("benchmark.rows", "10000,1000000").split(",")) {
            int rows = Integer.parseInt(n.trim());
            Path inbox = dropFolder(rows, 10);
            double ceiling = measureReads(rows, inbox, report);
            measureIngest(rows, 10, inbox, ceiling, report);
        }
        int single = Integer.parseInt(System.getProperty("benchmark.singleWorkbookRows", "1000000").trim());
        if (single > 0) {
            Path inbox = dropFolder(single, 1);
            double ceiling = stage(report, single, 1, "raw XML streaming (ceiling)", 0, () -> rawRows(workbooks(inbox)[0]));
            measureIngest(single, 1, inbox, ceiling, report);
        }
        System.out.println("\n" + report);
        Files.writeString(ROOT.resolve("results.md"), report.toString());
    }

    /** Returns the ceiling in rows per second. */
    private double measureReads(int rows, Path inbox, StringBuilder report) throws Exception {
        Path[] files = workbooks(inbox);
        long[] count = {0};
        double ceiling = stage(report, rows, files.length, "raw XML streaming (ceiling)", 0, () -> {
            for (Path f : files) {
                count[0] += rawRows(f);
            }
        });
        WorkbookOpener opener = new WorkbookOpener(ReadLimits.defaults());
        stage(report, rows, files.length, "read cells", ceiling, () -> {
            for (Path f : files) {
                try (WorkbookContent wb = opener.open(f); SheetCursor c = wb.openSheet(0)) {
                    while (c.next() != null) {
                        count[0]++;
                    }
                }
            }
        });
        // the alternative to the hand-written sheet cursor: POI's own streaming (SAX) reader of the same sheets
        stage(report, rows, files.length, "read cells with POI's XSSFSheetXMLHandler", ceiling, () -> {
            for (Path f : files) {
                count[0] += poiEventRows(f);
            }
        });
        TableReader reader = new TableReader(ColumnSynonyms.load(Path.of("jobs/reference/columns.csv")),
                CountryResolver.load(Path.of("jobs/reference/countries.csv")));
        stage(report, rows, files.length, "read + parse + validate", ceiling, () -> {
            for (Path f : files) {
                try (WorkbookContent wb = opener.open(f)) {
                    reader.read(wb, f.getFileName().toString(), row -> count[0]++);
                }
            }
        });
        return ceiling;
    }

    private void measureIngest(int rows, int workbooks, Path inbox, double ceiling, StringBuilder report)
            throws Exception {
        Path data = ROOT.resolve("data-" + rows + "-" + workbooks + "-" + System.nanoTime());
        stage(report, rows, workbooks, "ingest job end to end", ceiling, () -> {
            if (Main.run("ingest", "--inbox", inbox.toString(), "--data-dir", data.toString(), "--jobs-dir", "jobs",
                    "--settle-seconds", "0") != 0) {
                throw new IllegalStateException("ingest failed");
            }
        });
        try (DataDirLock lock = DataDirLock.acquire(data, Duration.ofSeconds(30));
             EmbeddedMariaDb db = EmbeddedMariaDb.start(data);
             Connection c = DriverManager.getConnection(db.jdbcUrl(), "root", "");
             ResultSet rs = c.createStatement().executeQuery("""
                     SELECT STEP_NAME, START_TIME, END_TIME FROM BATCH_STEP_EXECUTION ORDER BY STEP_EXECUTION_ID""")) {
            while (rs.next()) {
                Instant from = rs.getTimestamp(2).toInstant();
                Instant to = rs.getTimestamp(3).toInstant();
                double seconds = Duration.between(from, to).toNanos() / 1e9;
                double perSecond = rows / Math.max(seconds, 0.001);
                report.append(String.format("| %,d | %d | step %s | %.2f | %,.0f | %.2f | %s | %s |%n", rows,
                        workbooks, rs.getString(1), seconds, perSecond, perSecond / ceiling,
                        heap.liveBetween(from, to), heap.usedBetween(from, to)));
            }
        }
    }

    private static long poiEventRows(Path file) throws Exception {
        long[] rows = {0};
        try (org.apache.poi.openxml4j.opc.OPCPackage pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(file.toFile(),
                org.apache.poi.openxml4j.opc.PackageAccess.READ)) {
            org.apache.poi.xssf.eventusermodel.XSSFReader reader = new org.apache.poi.xssf.eventusermodel.XSSFReader(pkg);
            org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable strings =
                    new org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable(pkg, false);
            org.apache.poi.xssf.model.StylesTable styles = reader.getStylesTable();
            org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler counter =
                    new org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler() {
                        @Override
                        public void startRow(int rowNum) {
                            rows[0]++;
                        }

                        @Override
                        public void endRow(int rowNum) {
                        }

                        @Override
                        public void cell(String ref, String value, org.apache.poi.xssf.usermodel.XSSFComment comment) {
                        }
                    };
            try (java.io.InputStream sheet = reader.getSheetsData().next()) {
                org.xml.sax.XMLReader xml = org.apache.poi.util.XMLHelper.newXMLReader();
                xml.setContentHandler(new org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler(styles, strings,
                        counter, new org.apache.poi.ss.usermodel.DataFormatter(), false));
                xml.parse(new org.xml.sax.InputSource(sheet));
            }
        }
        return rows[0];
    }

    interface Work {
        void run() throws Exception;
    }

    /** Runs one stage and appends its line; returns its rows per second. */
    private double stage(StringBuilder report, int rows, int workbooks, String name, double ceiling, Work work)
            throws Exception {
        System.gc();
        Instant from = Instant.now();
        long start = System.nanoTime();
        work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        Instant to = Instant.now();
        double perSecond = rows / seconds;
        report.append(String.format("| %,d | %d | %s | %.2f | %,.0f | %s | %s | %s |%n", rows, workbooks, name,
                seconds, perSecond, ceiling == 0 ? "1.00" : String.format("%.2f", perSecond / ceiling),
                heap.liveBetween(from, to), heap.usedBetween(from, to)));
        return perSecond;
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

    static Path dropFolder(int rows, int files) throws Exception {
        return StreamedDropFolder.write(ROOT.resolve("inbox-" + rows + "-" + files), rows, files);
    }
}
