package vn.hatinh.consolidator.consolidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import vn.hatinh.consolidator.ingest.RecordType;
import vn.hatinh.consolidator.reference.TextFold;

/**
 * What a row is compared by, computed once per row: the words of its names and title after the partner gazetteer,
 * the countries it names, its decision number, count and day.
 *
 * @param names     the partner's words, and the delegation name's words when it differs (inbound, outbound)
 * @param title     the title's words (seminars, agreements, aid), "HT"/"HN" spelled out and a trailing year dropped
 * @param partner   the partner's or donor's words
 * @param countries the known countries the row stands for: its country column, and a country the partner
 *                  represents ("Đại sứ quán Hàn Quốc" stands for KR)
 */
record Features(RecordType type, LocalDate day, List<List<String>> names, List<String> nameDigits,
                List<String> title, List<String> partner, Set<String> countries, String decisionKey, Integer count) {

    private static final Pattern YEAR_SUFFIX = Pattern.compile("\\s*(nam\\s*)?(19|20)\\d{2}\\s*$");
    private static final Pattern DELEGATION_WORDS = Pattern.compile(
            "^(doan|doan khach|doan cong tac|doan can bo|doan lanh dao|doan dai bieu)\\s+");

    static Features of(Candidate c, PartnerGazetteer gazetteer) {
        var row = c.row();
        String partnerKey = gazetteer.key(row.partner());
        List<List<String>> names = new ArrayList<>(2);
        List<String> digits = new ArrayList<>(2);
        if (!partnerKey.isEmpty()) {
            names.add(TokenWeights.tokens(partnerKey));
            digits.add(digits(partnerKey));
        }
        List<String> title = List.of();
        if (row.type() == RecordType.INBOUND || row.type() == RecordType.OUTBOUND) {
            if (row.title() != null) {
                String key = gazetteer.key(DELEGATION_WORDS.matcher(TextFold.fold(row.title())).replaceFirst(""));
                if (!key.isEmpty() && !key.equals(partnerKey)) {
                    names.add(TokenWeights.tokens(key));
                    digits.add(digits(key));
                }
            }
        } else {
            title = TokenWeights.tokens(titleKey(row.title()));
        }
        Set<String> countries = new LinkedHashSet<>();
        if (row.country() != null) {
            countries.add(row.country().toLowerCase(java.util.Locale.ROOT));
        }
        for (String t : TokenWeights.tokens(partnerKey)) {
            if (t.startsWith("country") && t.length() == 9) {
                countries.add(t.substring(7));
            }
        }
        String decision = row.type() == RecordType.OUTBOUND || row.type() == RecordType.SEMINAR
                ? DecisionNumbers.key(row.decision()) : null;
        return new Features(row.type(), Node.dayOf(c), names, digits, title, TokenWeights.tokens(partnerKey),
                countries, decision, row.count());
    }

    /** Every word of the row, for counting how common each word is. */
    List<String> allTokens() {
        List<String> all = new ArrayList<>(title);
        for (List<String> n : names) {
            all.addAll(n);
        }
        return all;
    }

    /** Seminar and project titles: folded, "HT"/"HN" spelled out, a trailing year dropped. */
    static String titleKey(String title) {
        if (title == null) {
            return "";
        }
        String t = " " + TextFold.fold(title) + " ";
        t = t.replace(" ht ", " hoi thao ").replace(" hn ", " hoi nghi ").replace(" ht ", " hoi thao ");
        t = YEAR_SUFFIX.matcher(t.trim()).replaceAll("");
        return t.trim();
    }

    static String digits(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
