package vn.hatinh.consolidator.ingest.table;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import vn.hatinh.consolidator.reference.TextFold;

/**
 * Column names as units write them, by what the column holds, from the operator's columns.csv. A header cell
 * matches a name when both fold to the same text: "Số người", "SỐ NGƯỜI", "So nguoi" and "Số  người:" are one.
 * A cell may add a qualifier to the name: numbering before it ("(1)", "1.", "a)", "II.", "Cột 3:"), a unit, a format
 * hint or a clarification after it, in brackets, after a colon or a dash ("Ngày đến (dd/mm/yyyy)", "Số khách
 * (người)", "Ngày ký: theo văn bản"), or a trailing word from a short list ("Ngày đi thực tế"). The longest known name
 * that the cell reads as wins, so "Số đại biểu nước ngoài (người)" is foreign delegates, not all delegates. Free
 * words after a name without such a mark are not dropped: "Quyết định phê duyệt" is not a decision number.
 */
public final class ColumnSynonyms {

    // numbering a unit puts before the name: "(1)", "1.", "1)", "a)", "II.", "Cột 3:", "Cột (3)"
    private static final Pattern NUMBERING = Pattern.compile(
            "^\\s*(?:\\(\\s*(?:\\d{1,2}|[a-zđ]|[ivx]{1,4})\\s*\\)|\\d{1,2}(?:\\.\\d{1,2})*\\s*[.):/-]|\\d{1,2}\\s+(?=\\p{L})"
                    + "|[a-zđ]\\s*[.)]|[ivx]{1,4}\\s*[.)]|c[oộô]t\\s*\\(?\\d{1,2}\\)?\\s*[:.-]?)\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // where a qualifier starts: a bracket, a colon, a dash set off by spaces, an en or em dash
    private static final Pattern QUALIFIER_MARK = Pattern.compile("[(\\[{:;]|\\s[-–—]+\\s|[–—]|\\s-+$");
    // words a unit may write after a name without a mark: units, format hints, "thực tế", "dự kiến"…
    private static final Set<String> TRAILING_WORDS = Set.of("nguoi", "luot", "luot nguoi", "usd", "do la my",
            "dd mm yyyy", "dd mm yy", "d m yyyy", "ngay thang nam", "mm yyyy", "thang nam", "thuc te", "du kien",
            "chinh thuc", "neu co", "cu the", "ghi ro", "so");
    private static final Pattern OTHER_CURRENCY = Pattern.compile("\\b(trieu|ty|vnd|dong|vnđ|nghin|ngan)\\b");
    // a clarification is words, a format hint or numbering; a value ("Tháng: 03/2024", "Số người: 05") has digits
    private static final Pattern VALUE_LIKE = Pattern.compile("\\d{2,}");
    private static final Pattern FORMAT_HINT = Pattern.compile(
            "(?i)\\b(dd|d|mm|m|yyyy|yy)([/.\\-](dd|d|mm|m|yyyy|yy))+\\b|\\(\\s*\\d{1,2}\\s*\\)");

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
    private static final List<Object[]> KEYWORDS = List.of(
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

    /** A guess for a header cell of a found table that matches no listed name, from the words it contains. */
    public Optional<ColumnKind> guess(String headerText) {
        String folded = " " + TextFold.fold(headerText) + " ";
        for (Object[] rule : KEYWORDS) {
            ColumnKind kind = (ColumnKind) rule[0];
            if (folded.contains(" " + rule[1] + " ")) {
                if (isUsd(kind) && OTHER_CURRENCY.matcher(folded).find()) {
                    return Optional.empty();
                }
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The kind of column a header cell names, reading through numbering and qualifiers; empty when none fits. */
    public Optional<ColumnKind> kindOf(String headerText) {
        if (headerText == null) {
            return Optional.empty();
        }
        ColumnKind exact = byFoldedName.get(TextFold.fold(headerText));
        if (exact != null) {
            return Optional.of(exact);
        }
        String text = NUMBERING.matcher(headerText).replaceFirst("");
        // cut points of qualifiers, longest head first: "Giá trị cam kết (USD) (1)" reads as "Giá trị cam kết (USD)"
        List<Integer> cuts = new ArrayList<>();
        cuts.add(text.length());
        java.util.regex.Matcher m = QUALIFIER_MARK.matcher(text);
        List<Integer> marks = new ArrayList<>();
        while (m.find()) {
            marks.add(m.start());
        }
        for (int i = marks.size() - 1; i >= 0; i--) {
            cuts.add(marks.get(i));
        }
        for (int cut : cuts) {
            String head = text.substring(0, cut);
            String tail = text.substring(cut);
            Optional<Name> name = nameAtStart(TextFold.fold(head));
            if (name.isEmpty()) {
                continue;
            }
            String dropped = name.get().rest() + " " + tail;
            if (isUsd(name.get().kind()) && OTHER_CURRENCY.matcher(TextFold.fold(dropped)).find()) {
                return Optional.empty(); // "Giá trị cam kết (triệu đồng)" is not a USD column
            }
            if (cut < text.length() && looksLikeValue(tail)) {
                return Optional.empty(); // "Tháng: 03/2024" is metadata, not a header
            }
            return Optional.of(name.get().kind());
        }
        return Optional.empty();
    }

    private record Name(ColumnKind kind, String rest) {
    }

    /** The known name the folded text is, or is followed only by trailing qualifier words; the longest wins. */
    private Optional<Name> nameAtStart(String folded) {
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        ColumnKind kind = byFoldedName.get(folded);
        if (kind != null) {
            return Optional.of(new Name(kind, ""));
        }
        String[] words = folded.split(" ");
        // drop trailing qualifier words, the longest known name left wins
        for (int end = words.length - 1; end >= 1; end--) {
            String rest = String.join(" ", java.util.Arrays.copyOfRange(words, end, words.length));
            if (!onlyTrailingWords(rest)) {
                continue;
            }
            String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, end));
            kind = byFoldedName.get(head);
            if (kind != null) {
                return Optional.of(new Name(kind, rest));
            }
        }
        return Optional.empty();
    }

    /** Whether the words are all trailing qualifiers ("thuc te", "nguoi", "dd mm yyyy"), read greedily. */
    private static boolean onlyTrailingWords(String rest) {
        String[] words = rest.split(" ");
        int i = 0;
        outer:
        while (i < words.length) {
            for (int len = Math.min(3, words.length - i); len >= 1; len--) {
                String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + len));
                if (TRAILING_WORDS.contains(phrase)) {
                    i += len;
                    continue outer;
                }
            }
            return false;
        }
        return true;
    }

    private static boolean looksLikeValue(String tail) {
        String withoutHints = FORMAT_HINT.matcher(tail).replaceAll(" ");
        return VALUE_LIKE.matcher(withoutHints).find();
    }

    private static boolean isUsd(ColumnKind kind) {
        return kind == ColumnKind.COMMITTED_USD || kind == ColumnKind.DISBURSED_USD;
    }
}
