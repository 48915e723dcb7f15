package vn.hatinh.consolidator.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hatinh.consolidator.consolidate.ConsolidationStore;
import vn.hatinh.consolidator.consolidate.ReviewDecision;
import vn.hatinh.consolidator.ingest.RecordType;
import vn.hatinh.consolidator.reference.ReferenceData;
import vn.hatinh.consolidator.reference.Unit;
import vn.hatinh.consolidator.users.AuditLog;

/**
 * The pairs the matcher was unsure about, side by side, with merge and split buttons. Thin on purpose: it reads
 * today's review_pair table and records decisions through ConsolidationStore, as the review command does.
 */
@Controller
@ConditionalOnWebApplication
class ReviewController {

    record Side(String unit, String file, String sheet, int row, String type, String start, String end,
                String country, String partner, String title, String count) {
    }

    record Pair(int number, String keyA, String keyB, String score, String explanation, Side a, Side b,
                String decision) {
    }

    private final JdbcClient jdbc;
    private final ConsolidationStore store;
    private final ReferenceData reference;
    private final AuditLog audit;

    ReviewController(JdbcClient jdbc, ConsolidationStore store, ReferenceData reference, AuditLog audit) {
        this.jdbc = jdbc;
        this.store = store;
        this.reference = reference;
        this.audit = audit;
    }

    @GetMapping("/review")
    String review(Model model) {
        model.addAttribute("pairs", pairs(500));
        return "review";
    }

    List<Pair> pairs(int max) {
        List<Map<String, Object>> rows = jdbc.sql("""
                SELECT p.source_key_a, p.source_key_b, p.score, p.explanation, d.decision
                  FROM review_pair p LEFT JOIN review_decision d
                    ON d.source_key_a = p.source_key_a AND d.source_key_b = p.source_key_b
                 ORDER BY p.score DESC, p.source_key_a, p.source_key_b LIMIT ?""").param(max).query().listOfRows();
        int[] n = {0};
        return rows.stream().map(r -> {
            String a = (String) r.get("source_key_a");
            String b = (String) r.get("source_key_b");
            String decision = (String) r.get("decision");
            return new Pair(++n[0], a, b, Math.round(((Number) r.get("score")).doubleValue() * 100) + "%",
                    Explanations.vietnamese((String) r.get("explanation")), side(a).orElse(null), side(b).orElse(null),
                    decision == null ? null : decision.equals("MERGE") ? "Đã quyết định: gộp" : "Đã quyết định: tách");
        }).toList();
    }

    @PostMapping("/review/decide")
    String decide(@RequestParam String a, @RequestParam String b, @RequestParam String decision,
                  Authentication who, RedirectAttributes flash) {
        ReviewDecision.Kind kind = switch (decision) {
            case "merge" -> ReviewDecision.Kind.MERGE;
            case "split" -> ReviewDecision.Kind.SPLIT;
            default -> null;
        };
        boolean known = jdbc.sql("SELECT COUNT(*) FROM review_pair WHERE source_key_a = ? AND source_key_b = ?")
                .params(a, b).query(Integer.class).single() > 0;
        if (kind == null || !known) {
            flash.addFlashAttribute("error", "Không có cặp này trong danh sách chờ rà soát.");
            return "redirect:/review";
        }
        store.saveDecision(a, b, kind);
        String words = kind == ReviewDecision.Kind.MERGE ? "gộp" : "tách";
        audit.write(who.getName(), kind == ReviewDecision.Kind.MERGE ? "Gộp cặp rà soát" : "Tách cặp rà soát",
                describe(a) + " | " + describe(b), "đã ghi quyết định " + words);
        flash.addFlashAttribute("message", "Đã ghi quyết định " + words
                + ". Lần nhận báo cáo sau sẽ dựng lại bản ghi theo quyết định này.");
        return "redirect:/review";
    }

    private String describe(String key) {
        return side(key).map(s -> s.unit() + ", " + s.file() + ", " + s.sheet() + " dòng " + s.row()).orElse("");
    }

    /** A row by its stable key: file hash, sheet, row number and type (the last three after the hash). */
    private Optional<Side> side(String key) {
        String[] parts = key.split(":");
        if (parts.length < 4) {
            return Optional.empty();
        }
        String hash = parts[0];
        String type = parts[parts.length - 1];
        int row;
        try {
            row = Integer.parseInt(parts[parts.length - 2]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        String sheet = String.join(":", java.util.Arrays.copyOfRange(parts, 1, parts.length - 2));
        return jdbc.sql("""
                SELECT s.unit, s.path, r.sheet, r.row_no, r.type, r.start_date, r.end_date, r.country, r.partner,
                       r.title, r.cnt
                  FROM source_row r JOIN submission s ON s.id = r.submission_id
                 WHERE s.sha256 = ? AND r.sheet = ? AND r.row_no = ? AND r.type = ?
                 ORDER BY s.id LIMIT 1""").params(hash, sheet, row, type)
                .query((rs, i) -> new Side(
                        reference.units().byCode(rs.getString(1)).map(Unit::name).orElse(rs.getString(1)),
                        Texts.fileName(rs.getString(2)), rs.getString(3), rs.getInt(4),
                        typeName(rs.getString(5)),
                        rs.getDate(6) == null ? "" : Texts.date(rs.getDate(6).toLocalDate()),
                        rs.getDate(7) == null ? "" : Texts.date(rs.getDate(7).toLocalDate()),
                        RecordsController.countryName(reference, rs.getString(8)), rs.getString(9), rs.getString(10),
                        rs.getObject(11) == null ? "" : String.valueOf(rs.getInt(11))))
                .optional();
    }

    static String typeName(String code) {
        try {
            return RecordType.fromCode(code).vietnameseName();
        } catch (RuntimeException e) {
            return code;
        }
    }
}
