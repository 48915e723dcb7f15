package vn.hatinh.consolidator.ingest.table;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import vn.hatinh.consolidator.reference.TextFold;

/**
 * Column names as units write them, by what the column holds, from the operator's columns.csv. A header cell
 * matches a name when both fold to the same text: "Số người", "SỐ NGƯỜI", "So nguoi" and "Số  người:" are one.
 * Matching is exact after folding, so "Kinh phí (triệu đồng)" is not mistaken for a USD column.
 */
public final class ColumnSynonyms {

    private final Map<String, ColumnKind> byFoldedName;

    public ColumnSynonyms(Map<String, ColumnKind> byFoldedName) {
        this.byFoldedName = Map.copyOf(byFoldedName);
    }

    public static ColumnSynonyms load(Path csv) {
        Map<String, ColumnKind> names = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                    .setCommentMarker('#').get();
            for (CSVRecord r : format.parse(reader)) {
                ColumnKind kind = ColumnKind.valueOf(r.get("kind").trim());
                for (String name : r.get("names").split("\\|")) {
                    String folded = TextFold.fold(name);
                    if (!folded.isEmpty()) {
                        names.put(folded, kind);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot read the column names " + csv + ": " + e.getMessage(), e);
        }
        return new ColumnSynonyms(names);
    }

    public Optional<ColumnKind> kindOf(String headerText) {
        if (headerText == null) {
            return Optional.empty();
        }
        String folded = TextFold.fold(headerText);
        ColumnKind kind = byFoldedName.get(folded);
        if (kind == null) {
            // "(1) Số người" or "Số người (người)": a numbering prefix or a unit in brackets
            String stripped = TextFold.fold(headerText.replaceAll("^\\s*\\(?\\d{1,2}\\)?[.:]?\\s+", "")
                    .replaceAll("\\((người|nguoi|lượt|luot)\\)", ""));
            kind = byFoldedName.get(stripped);
        }
        return Optional.ofNullable(kind);
    }
}
