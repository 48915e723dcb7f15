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

    private static final java.util.regex.Pattern NUMBER_PREFIX = java.util.regex.Pattern.compile(
            "^\\s*\\(?\\d{1,2}\\)?[.:]?\\s+");
    private static final java.util.regex.Pattern UNIT_SUFFIX = java.util.regex.Pattern.compile(
            "\\((người|nguoi|lượt|luot)\\)");

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
            throw new IllegalStateException("Không đọc được danh mục tên cột " + csv + ": " + e.getMessage(), e);
        }
        return new ColumnSynonyms(names);
    }

    // for header cells of a found table that match no listed name: words that still say what the column holds
    private static final java.util.List<Object[]> KEYWORDS = java.util.List.of(
            new Object[] {ColumnKind.DISBURSED_USD, "giai ngan"},
            new Object[] {ColumnKind.COMMITTED_USD, "cam ket"},
            new Object[] {ColumnKind.FOREIGN_DELEGATES, "dai bieu nuoc ngoai"},
            new Object[] {ColumnKind.FOREIGN_DELEGATES, "dai bieu quoc te"},
            new Object[] {ColumnKind.TOTAL_DELEGATES, "tong so dai bieu"},
            new Object[] {ColumnKind.LEADER, "truong doan"},
            new Object[] {ColumnKind.DECISION, "quyet dinh"},
            new Object[] {ColumnKind.COUNTRY, "quoc gia"},
            new Object[] {ColumnKind.COUNTRY, "quoc tich"},
            new Object[] {ColumnKind.COUNTRY, "nuoc den"},
            new Object[] {ColumnKind.PARTNER, "doi tac"},
            new Object[] {ColumnKind.HOST, "don tiep"},
            new Object[] {ColumnKind.SIGN_DATE, "ngay ky"},
            new Object[] {ColumnKind.APPROVAL_DATE, "ngay phe duyet"},
            new Object[] {ColumnKind.SEMINAR_TITLE, "ten hoi thao"},
            new Object[] {ColumnKind.SEMINAR_TITLE, "ten hoi nghi"},
            new Object[] {ColumnKind.AID_TITLE, "ten du an"},
            new Object[] {ColumnKind.AGREEMENT_TITLE, "ten thoa thuan"},
            new Object[] {ColumnKind.COUNT, "so nguoi"},
            new Object[] {ColumnKind.COUNT, "so khach"},
            new Object[] {ColumnKind.CASES, "bao ho cong dan"},
            new Object[] {ColumnKind.LEGALIZATIONS, "hop phap hoa"});
    private static final java.util.regex.Pattern OTHER_CURRENCY = java.util.regex.Pattern.compile(
            "\\b(trieu|ty|vnd|dong|vnđ)\\b");

    /** A guess for a header cell of a found table that matches no listed name, from the words it contains. */
    public Optional<ColumnKind> guess(String headerText) {
        String folded = " " + TextFold.fold(headerText) + " ";
        for (Object[] rule : KEYWORDS) {
            ColumnKind kind = (ColumnKind) rule[0];
            if (folded.contains(" " + rule[1] + " ")) {
                boolean money = kind == ColumnKind.COMMITTED_USD || kind == ColumnKind.DISBURSED_USD;
                if (money && OTHER_CURRENCY.matcher(folded).find()) {
                    return Optional.empty();
                }
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    public Optional<ColumnKind> kindOf(String headerText) {
        if (headerText == null) {
            return Optional.empty();
        }
        String folded = TextFold.fold(headerText);
        ColumnKind kind = byFoldedName.get(folded);
        if (kind == null) {
            // "(1) Số người" or "Số người (người)": a numbering prefix or a unit in brackets
            String stripped = TextFold.fold(NUMBER_PREFIX.matcher(UNIT_SUFFIX.matcher(headerText).replaceAll(""))
                    .replaceFirst(""));
            kind = byFoldedName.get(stripped);
        }
        return Optional.ofNullable(kind);
    }
}
