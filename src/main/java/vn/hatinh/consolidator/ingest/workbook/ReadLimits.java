package vn.hatinh.consolidator.ingest.workbook;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;

/**
 * How much a submitted file may cost before it is refused. Defaults suit the largest real report by far (a million
 * rows) while refusing bombs before they cost memory or time; the operator may change any of them in
 * {@code jobs/ingest/read-limits.properties}.
 *
 * @param maxFileBytes      the file on disk
 * @param maxXlsBytes       a binary .xls is read whole into memory, so it is held to less
 * @param maxEntryBytes     one part of an .xlsx once inflated (a sheet of a million rows is a few hundred MB)
 * @param minInflateRatio   compressed/inflated below this is a zip bomb (a long sheet of strings compresses ~120:1,
 *                          a bomb 1000:1 or more)
 * @param maxRows           rows per sheet
 * @param maxColumns        columns per row (Excel's own limit)
 * @param maxCellChars      text kept per cell; longer text is cut, never accumulated
 * @param maxSheets         worksheets per workbook
 */
public record ReadLimits(long maxFileBytes, long maxXlsBytes, long maxEntryBytes, double minInflateRatio,
                         int maxRows, int maxColumns, int maxCellChars, int maxSheets) {

    private static final Set<String> KEYS = Set.of("max-file-mb", "max-xls-mb", "max-part-mb", "min-inflate-ratio",
            "max-rows", "max-columns", "max-cell-chars", "max-sheets");

    public static ReadLimits defaults() {
        return new ReadLimits(512L << 20, 64L << 20, 2L << 30, 0.002, 2_000_000, 16_384, 32_767, 300);
    }

    /**
     * The defaults, with what the operator's file sets instead; no file means the defaults. A key that is unknown or
     * a value that is not a positive number stops the start with a sentence naming it, rather than being ignored.
     */
    public static ReadLimits load(Path file) {
        ReadLimits d = defaults();
        if (!Files.isRegularFile(file)) {
            return d;
        }
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được " + file, e);
        }
        for (String key : p.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                throw new IllegalStateException("Tệp " + file + " có thiết lập không tồn tại: '" + key
                        + "'. Các thiết lập hợp lệ: " + String.join(", ", new java.util.TreeSet<>(KEYS)) + ".");
            }
        }
        return new ReadLimits(
                whole(file, p, "max-file-mb", d.maxFileBytes() >> 20) << 20,
                whole(file, p, "max-xls-mb", d.maxXlsBytes() >> 20) << 20,
                whole(file, p, "max-part-mb", d.maxEntryBytes() >> 20) << 20,
                ratio(file, p, "min-inflate-ratio", d.minInflateRatio()),
                (int) whole(file, p, "max-rows", d.maxRows()),
                (int) whole(file, p, "max-columns", d.maxColumns()),
                (int) whole(file, p, "max-cell-chars", d.maxCellChars()),
                (int) whole(file, p, "max-sheets", d.maxSheets()));
    }

    private static long whole(Path file, Properties p, String key, long fallback) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(value.trim().replace("_", ""));
            if (n > 0 && n <= Integer.MAX_VALUE) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalStateException("Tệp " + file + ": " + key + " phải là một số nguyên dương, không phải '" + value
                + "'.");
    }

    private static double ratio(Path file, Properties p, String key, double fallback) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            double r = Double.parseDouble(value.trim());
            if (r > 0 && r < 1) {
                return r;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalStateException("Tệp " + file + ": " + key + " phải là một số lớn hơn 0 và nhỏ hơn 1, không phải '"
                + value + "'.");
    }
}
