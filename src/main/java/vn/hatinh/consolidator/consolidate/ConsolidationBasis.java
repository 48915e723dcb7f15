package vn.hatinh.consolidator.consolidate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.hatinh.consolidator.ConsolidatorProperties;

/**
 * What the consolidated tables were last computed from, beside the rows themselves (their record links): the
 * operator decisions applied and a fingerprint of every other input of the matcher. An incremental run is only
 * sound while the fingerprint is the same; otherwise every block is recomputed.
 */
@Repository
class ConsolidationBasis {

    /**
     * Raise when the matcher's rules change in a way that changes results, so stores built by the earlier code are
     * recomputed in full on their next run.
     */
    static final String MATCHER_REVISION = "2026-12-02.1";

    private final JdbcTemplate jdbc;
    private final ConsolidatorProperties properties;

    ConsolidationBasis(JdbcTemplate jdbc, ConsolidatorProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    Optional<String> fingerprint() {
        return jdbc.queryForList("SELECT fingerprint FROM consolidation_basis WHERE id = 1", String.class).stream()
                .findFirst();
    }

    /** The fingerprint of the current inputs: stored parameters, partner and country spellings, unit levels. */
    String currentFingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, MATCHER_REVISION.getBytes(StandardCharsets.UTF_8));
            for (String p : jdbc.queryForList("SELECT parameters FROM match_parameters WHERE id = 1", String.class)) {
                update(sha, p.getBytes(StandardCharsets.UTF_8));
            }
            for (String file : List.of("reference/partners.csv", "reference/countries.csv", "reference/units.csv")) {
                update(sha, read(properties.operatorFile(file)));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    List<ReviewDecision> appliedDecisions() {
        return jdbc.query("SELECT source_key_a, source_key_b, decision FROM applied_review_decision",
                (rs, n) -> new ReviewDecision(rs.getString(1), rs.getString(2),
                        ReviewDecision.Kind.valueOf(rs.getString(3))));
    }

    /** Records, inside the step's transaction, that the tables now reflect these inputs. */
    void save(String fingerprint, List<ReviewDecision> decisions) {
        jdbc.update("""
                INSERT INTO consolidation_basis (id, fingerprint, consolidated_at) VALUES (1, ?, ?)
                ON DUPLICATE KEY UPDATE fingerprint = VALUES(fingerprint), consolidated_at = VALUES(consolidated_at)""",
                fingerprint, Timestamp.valueOf(LocalDateTime.now()));
        jdbc.update("DELETE FROM applied_review_decision");
        jdbc.batchUpdate("INSERT INTO applied_review_decision (source_key_a, source_key_b, decision) VALUES (?, ?, ?)",
                decisions.stream().map(d -> new Object[] {d.sourceKeyA(), d.sourceKeyB(), d.kind().name()}).toList());
    }

    private static void update(MessageDigest sha, byte[] bytes) {
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) 0);
        sha.update(bytes);
    }

    private static byte[] read(Path file) {
        try {
            return file != null && Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
