package vn.hatinh.consolidator.consolidate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * How much each word of a name or title tells events apart, learned from the folder: a word most rows share
 * ("dự án", "hội thảo", "thỏa thuận hợp tác") weighs little, a rare one (a commune, a number, a partner) a lot, as
 * term-frequency adjustment does in record-linkage tools. Two texts are compared word by word: a word matches the
 * same word, or an unseen spelling of it (Jaro-Winkler at least {@value #TOKEN_SAME} on words of four letters or more
 * without digits), and each side's matched share of its weight is what agrees.
 */
public final class TokenWeights {

    static final double TOKEN_SAME = 0.92;
    /** Words counted beyond this many distinct ones are treated as rare: memory stays bounded on any volume. */
    static final int VOCABULARY_LIMIT = 200_000;

    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

    private final Map<String, Integer> documentFrequency;
    private final long documents;

    public TokenWeights(Map<String, Integer> documentFrequency, long documents) {
        this.documentFrequency = Map.copyOf(documentFrequency);
        this.documents = documents;
    }

    Map<String, Integer> documentFrequency() {
        return documentFrequency;
    }

    long documents() {
        return documents;
    }

    /** Inverse document frequency, smoothed so a folder of a few rows weighs all words about alike. */
    double weight(String token) {
        int df = documentFrequency.getOrDefault(token, 0);
        return Math.log((documents + 2.0) / (df + 1.0));
    }

    static List<String> tokens(String key) {
        if (key == null || key.isEmpty()) {
            return List.of();
        }
        List<String> tokens = new ArrayList<>();
        for (String t : key.split(" ")) {
            if (!t.isEmpty() && !tokens.contains(t)) {
                tokens.add(t);
            }
        }
        return tokens;
    }

    /** How two texts agree: weighted Dice over both sides, and the larger share of one side found in the other. */
    record Agreement(double dice, double containment) {
        static final Agreement NONE = new Agreement(0, 0);
    }

    Agreement compare(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Agreement.NONE;
        }
        double totalA = 0;
        double matchedA = 0;
        for (String t : a) {
            double w = weight(t);
            totalA += w;
            matchedA += w * best(t, b);
        }
        double totalB = 0;
        double matchedB = 0;
        for (String t : b) {
            double w = weight(t);
            totalB += w;
            matchedB += w * best(t, a);
        }
        double dice = (matchedA + matchedB) / (totalA + totalB);
        // how much of the lighter text the other holds: "Formosa" inside "Cty Formosa Hà Tĩnh"
        double containment = totalA <= totalB ? matchedA / totalA : matchedB / totalB;
        return new Agreement(dice, containment);
    }

    /**
     * A name split or spelled differently as a whole ("Na-khon Pha-nom" / "Nakhon Phnom", "Múc-đa-hản" / "Mukdahan"):
     * the words run together are one spelling of the other. Only for short names, never titles.
     */
    static boolean sameJoined(List<String> a, List<String> b) {
        String ja = String.join("", a);
        String jb = String.join("", b);
        return ja.length() >= 6 && jb.length() >= 6 && JW.apply(ja, jb) >= JOINED_SAME;
    }

    static final double JOINED_SAME = 0.94;

    private static double best(String token, List<String> others) {
        for (String o : others) {
            if (o.equals(token)) {
                return 1;
            }
        }
        if (token.length() < 4 || hasDigit(token)) {
            return 0;
        }
        double best = 0;
        for (String o : others) {
            // most word pairs cannot reach TOKEN_SAME: an upper bound from their common letters skips the string work
            if (o.length() >= 4 && Math.abs(token.length() - o.length()) <= 3 && !hasDigit(o)
                    && couldReach(token, o)) {
                double s = JW.apply(token, o);
                if (s >= TOKEN_SAME && s > best) {
                    best = s;
                }
            }
        }
        return best;
    }

    /**
     * Jaro-Winkler is at most Jaro + 0.4 (1 - Jaro), and Jaro at most (c/|a| + c/|b| + 1) / 3 where c counts the
     * letters the two words have in common; a pair whose bound stays under TOKEN_SAME is never computed.
     */
    static boolean couldReach(String a, String b) {
        int[] counts = new int[26];
        int otherA = 0;
        for (int i = 0; i < a.length(); i++) {
            int c = a.charAt(i) - 'a';
            if (c >= 0 && c < 26) {
                counts[c]++;
            } else {
                otherA++;
            }
        }
        int common = 0;
        int otherB = 0;
        for (int i = 0; i < b.length(); i++) {
            int c = b.charAt(i) - 'a';
            if (c >= 0 && c < 26) {
                if (counts[c] > 0) {
                    counts[c]--;
                    common++;
                }
            } else {
                otherB++;
            }
        }
        common += Math.min(otherA, otherB);
        double jaro = (common / (double) a.length() + common / (double) b.length() + 1) / 3;
        return jaro + 0.4 * (1 - jaro) >= TOKEN_SAME;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Counts in how many rows each word occurs. */
    static final class Counter {
        private final Map<String, Integer> df = new HashMap<>();
        private long documents;

        void add(Set<String> rowTokens) {
            documents++;
            for (String t : rowTokens) {
                Integer n = df.get(t);
                if (n != null) {
                    df.put(t, n + 1);
                } else if (df.size() < VOCABULARY_LIMIT) {
                    df.put(t, 1);
                }
            }
        }

        void add(List<String>... lists) {
            Set<String> all = new HashSet<>();
            for (List<String> l : lists) {
                all.addAll(l);
            }
            add(all);
        }

        TokenWeights weights() {
            return new TokenWeights(df, documents);
        }
    }
}
