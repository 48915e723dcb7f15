package vn.hatinh.consolidator.consolidate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.hatinh.consolidator.reference.TextFold;

/**
 * One key for a decision number however it is written: "125/QĐ-UBND", "125/QD-UBND", "QĐ số 125/QĐ-UBND ngày
 * 02/03/2021" and "Số 125/QĐ-UBND" are all "125/qd-ubnd".
 */
public final class DecisionNumbers {

    private static final Pattern NUMBER = Pattern.compile("(\\d{1,6})\\s*/\\s*(?:\\d{4}\\s*/\\s*)?([a-z]+(?:\\s*-\\s*[a-z0-9]+)*)");

    private DecisionNumbers() {
    }

    /** The key, or null when the text holds no decision number. */
    public static String key(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String folded = TextFold.foldKeepingSlashes(text);
        Matcher m = NUMBER.matcher(folded);
        if (!m.find()) {
            return null;
        }
        return Integer.parseInt(m.group(1)) + "/" + m.group(2).replaceAll("\\s+", "");
    }
}
