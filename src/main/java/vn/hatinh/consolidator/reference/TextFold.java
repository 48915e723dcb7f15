package vn.hatinh.consolidator.reference;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for comparison: "Số  người:", "SỐ NGƯỜI" and "So nguoi" all become "so nguoi".
 * Lower case, diacritics removed (đ→d), punctuation turned into spaces, runs of spaces collapsed, trimmed.
 */
public final class TextFold {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextFold() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String s = text.replace('đ', 'd').replace('Đ', 'D');
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.toLowerCase(java.util.Locale.ROOT);
        s = NON_WORD.matcher(s).replaceAll(" ");
        return s.trim();
    }

    /** Like {@link #fold} but keeps "/" and "-", which structure numbers such as "125/QĐ-UBND". */
    public static String foldKeepingSlashes(String text) {
        if (text == null) {
            return "";
        }
        String s = text.replace('đ', 'd').replace('Đ', 'D');
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.toLowerCase(java.util.Locale.ROOT);
        s = s.replaceAll("[^\\p{L}\\p{N}/\\-]+", " ");
        return s.trim();
    }

    /** Trims and collapses white space (including non-breaking spaces) without changing letters. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String s = needsCollapsing(text) ? text.replace('\u00A0', ' ').replaceAll("\\s+", " ").trim() : text.trim();
        return s.isEmpty() ? null : s;
    }

    private static boolean needsCollapsing(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u00A0' || c == '\t' || c == '\n' || c == '\r'
                    || c == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                return true;
            }
        }
        return false;
    }
}
