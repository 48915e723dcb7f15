package vn.hatinh.consolidator.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the operator keeps under jobs/report: report.properties (agency, signer, recipients, numbering) and the
 * body of each report (monthly.txt, term.txt) with placeholders for the figures.
 */
public final class ReportTexts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z0-9.:-]+)}}");

    private final Properties settings;
    private final java.util.function.Function<String, Path> files;

    private ReportTexts(Properties settings, java.util.function.Function<String, Path> files) {
        this.settings = settings;
        this.files = files;
    }

    /** The texts of one folder (report.properties, monthly.txt, term.txt). */
    public static ReportTexts load(Path dir) throws IOException {
        return load(dir::resolve);
    }

    /** The operator's texts under report/, each file falling back to the packaged default. */
    public static ReportTexts load(vn.hatinh.consolidator.OperatorFiles operatorFiles) throws IOException {
        return load(name -> operatorFiles.file("report/" + name));
    }

    private static ReportTexts load(java.util.function.Function<String, Path> files) throws IOException {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(files.apply("report.properties"), StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return new ReportTexts(p, files);
    }

    /**
     * The settings in force on {@code date}: a key written {@code key@YYYY-MM-DD} replaces {@code key} from that day
     * on, so that recipients and signers follow reorganisations (the latest such day not after {@code date} wins).
     */
    public ReportTexts asOf(java.time.LocalDate date) {
        Properties resolved = new Properties();
        java.util.Map<String, java.time.LocalDate> since = new java.util.HashMap<>();
        for (String name : settings.stringPropertyNames()) {
            int at = name.indexOf('@');
            if (at < 0) {
                if (!since.containsKey(name)) {
                    resolved.setProperty(name, settings.getProperty(name));
                }
                continue;
            }
            String key = name.substring(0, at);
            java.time.LocalDate from;
            try {
                from = java.time.LocalDate.parse(name.substring(at + 1).trim());
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalStateException("Trong report.properties, '" + name + "' phải có dạng khóa@YYYY-MM-DD.", e);
            }
            if (!from.isAfter(date) && (since.get(key) == null || from.isAfter(since.get(key)))) {
                since.put(key, from);
                resolved.setProperty(key, settings.getProperty(name));
            }
        }
        return new ReportTexts(resolved, files);
    }

    public String setting(String key, String fallback) {
        String v = settings.getProperty(key);
        return v == null ? fallback : v.trim();
    }

    public List<String> list(String key) {
        List<String> items = new ArrayList<>();
        for (String s : setting(key, "").split("\\|")) {
            if (!s.isBlank()) {
                items.add(s.trim());
            }
        }
        return items;
    }

    /** One line of a body template: a heading, an item, a paragraph, or a block the store supplies. */
    public record Line(Kind kind, String text) {
        public enum Kind { HEADING, ITEM, PARAGRAPH, BLOCK }
    }

    public List<Line> body(ReportKind kind, Map<String, String> values) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (String raw : Files.readAllLines(files.apply(kind.code() + ".txt"), StandardCharsets.UTF_8)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("# ") || line.equals("#")) {
                continue;
            }
            if (line.matches("\\{\\{(block|chart):[a-z-]+}}")) {
                lines.add(new Line(Line.Kind.BLOCK, line.substring(2, line.length() - 2)));
            } else if (line.startsWith("## ")) {
                lines.add(new Line(Line.Kind.HEADING, fill(line.substring(3), values)));
            } else if (line.startsWith("- ")) {
                lines.add(new Line(Line.Kind.ITEM, fill(line.substring(2), values)));
            } else {
                lines.add(new Line(Line.Kind.PARAGRAPH, fill(line, values)));
            }
        }
        return lines;
    }

    static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group(0))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
