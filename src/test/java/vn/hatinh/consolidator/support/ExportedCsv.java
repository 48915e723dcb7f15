package vn.hatinh.consolidator.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import vn.hatinh.consolidator.output.SafeCsv;

/**
 * Reads a CSV export the way the README tells scripts to: the file must start with the UTF-8 byte order mark
 * (Excel needs it), which is checked and skipped before the header line.
 */
public final class ExportedCsv {

    private ExportedCsv() {
    }

    /** The data lines of an export, by header name. */
    public static List<CSVRecord> read(Path csv) throws IOException {
        try (Reader reader = afterMark(csv)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    /** The raw text lines of an export, header first, without the mark. */
    public static List<String> lines(Path csv) throws IOException {
        try (BufferedReader reader = afterMark(csv)) {
            return reader.lines().toList();
        }
    }

    private static BufferedReader afterMark(Path csv) throws IOException {
        BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        int first = reader.read();
        if (first != SafeCsv.BOM) {
            reader.close();
            throw new AssertionError(csv + " does not start with the UTF-8 byte order mark (first char: " + first + ")");
        }
        return reader;
    }
}
