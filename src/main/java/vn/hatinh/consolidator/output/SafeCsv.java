package vn.hatinh.consolidator.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file for operators, who open it in Excel: UTF-8 with a byte order mark (without one Excel reads the file in
 * the legacy code page and garbles the Vietnamese), and every field neutralised against formula injection the way
 * OWASP describes ("CSV Injection"): a field beginning with {@code = + - @}, a tab or a carriage return gets a
 * leading apostrophe, so Excel shows it as text instead of running it; a negative number stays a number. Every CSV
 * the project writes goes through here.
 */
public final class SafeCsv implements Closeable {

    /** The byte order mark written first; scripts reading the exports must skip it. */
    public static final char BOM = '\uFEFF';

    private static final Pattern NEGATIVE_NUMBER = Pattern.compile("-\\d+(?:[.,]\\d+)?(?:[eE][+-]?\\d+)?");

    private final CSVPrinter printer;

    private SafeCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Creates (or replaces) the file, with its parent folders, and writes the mark and the header line. */
    public static SafeCsv create(Path out, String... header) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        try {
            writer.write(BOM);
            return new SafeCsv(new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(neutralise(header)).get()));
        } catch (IOException | RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    /** One line; each value is written as its text, neutralised. I/O errors come out unchecked (inside row callbacks). */
    public void row(Object... values) {
        String[] fields = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            fields[i] = values[i] == null ? null : neutralise(values[i].toString());
        }
        try {
            printer.printRecord((Object[]) fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The field as Excel must show it: text that Excel would evaluate gets a leading apostrophe. */
    public static String neutralise(String field) {
        if (field == null || field.isEmpty()) {
            return field;
        }
        char first = field.charAt(0);
        boolean live = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        if (!live || NEGATIVE_NUMBER.matcher(field).matches()) {
            return field;
        }
        return "'" + field;
    }

    private static String[] neutralise(String[] fields) {
        String[] safe = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
            safe[i] = neutralise(fields[i]);
        }
        return safe;
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
