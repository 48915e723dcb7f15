package vn.hatinh.consolidator.consolidate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A pair of records the matcher was unsure about, named by one source row of each side.
 *
 * @param score       the pair's match probability
 * @param explanation each field's level and weight, in Vietnamese for the operator
 */
public record ReviewPair(String sourceKeyA, String sourceKeyB, double score, String explanation) {

    /**
     * A short id an operator can type ("review merge 3f9a2c"): the first six hex digits of a hash of the two keys,
     * in a fixed order, so it is the same on every run.
     */
    public static String shortId(String keyA, String keyB) {
        String a = keyA.compareTo(keyB) <= 0 ? keyA : keyB;
        String b = keyA.compareTo(keyB) <= 0 ? keyB : keyA;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((a + "|" + b).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String shortId() {
        return shortId(sourceKeyA, sourceKeyB);
    }
}
