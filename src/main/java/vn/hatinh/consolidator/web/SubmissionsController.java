package vn.hatinh.consolidator.web;

import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hatinh.consolidator.ingest.SubmissionStatus;
import vn.hatinh.consolidator.reference.ReferenceData;
import vn.hatinh.consolidator.reference.Unit;

/** Every file ever seen, with its status and reason; the original and its feedback workbook to download. */
@Controller
@ConditionalOnWebApplication
class SubmissionsController {

    static final int MAX_ROWS = 500;

    record Line(long id, String file, String folder, String unit, String status, String statusCode, String reason,
                String period, int accepted, int rejected, String seenAt, boolean hasOriginal, boolean hasFeedback) {
    }

    private final JdbcClient jdbc;
    private final ReferenceData reference;
    private final StoreFolders folders;

    SubmissionsController(JdbcClient jdbc, ReferenceData reference, StoreFolders folders) {
        this.jdbc = jdbc;
        this.reference = reference;
        this.folders = folders;
    }

    @GetMapping("/submissions")
    String submissions(@RequestParam(required = false) String unit, @RequestParam(required = false) String status,
                       @RequestParam(required = false) String period, Model model) {
        StringBuilder sql = new StringBuilder("""
                SELECT id, path, unit, status, reason, period_from, period_to, period_label, rows_accepted,
                       rows_rejected, seen_at, archived_path, feedback_path FROM submission WHERE 1 = 1""");
        List<Object> params = new ArrayList<>();
        if (unit != null && !unit.isBlank()) {
            sql.append(" AND unit = ?");
            params.add(unit);
        }
        SubmissionStatus st = parseStatus(status);
        if (st != null) {
            sql.append(" AND status = ?");
            params.add(st.name());
        }
        ConsolePeriod p = ConsolePeriod.parse(period);
        if (p != null) {
            sql.append(" AND period_from >= ? AND period_to <= ?");
            params.add(p.period().from());
            params.add(p.period().to());
        }
        sql.append(" ORDER BY id DESC LIMIT ").append(MAX_ROWS + 1);
        List<Line> lines = jdbc.sql(sql.toString()).params(params).query((rs, i) -> {
            String path = rs.getString("path");
            Date from = rs.getDate("period_from");
            Date to = rs.getDate("period_to");
            String label = rs.getString("period_label");
            String periodText = from == null ? (label == null ? "" : label)
                    : Texts.date(from.toLocalDate()) + " – " + Texts.date(to.toLocalDate());
            Timestamp seen = rs.getTimestamp("seen_at");
            String code = rs.getString("status");
            return new Line(rs.getLong("id"), Texts.fileName(path), folderOf(path), unitName(rs.getString("unit")),
                    SubmissionStatus.valueOf(code).vietnamese(), code, rs.getString("reason"), periodText,
                    rs.getInt("rows_accepted"), rs.getInt("rows_rejected"),
                    seen == null ? "" : Texts.dateTime(seen.toLocalDateTime()),
                    folders.archivedFile(rs.getString("archived_path")).isPresent(),
                    folders.archivedFile(rs.getString("feedback_path")).isPresent());
        }).list();
        model.addAttribute("truncated", lines.size() > MAX_ROWS);
        model.addAttribute("lines", lines.size() > MAX_ROWS ? lines.subList(0, MAX_ROWS) : lines);
        model.addAttribute("units", reference.units().units());
        model.addAttribute("statuses", List.of(SubmissionStatus.values()));
        model.addAttribute("unit", unit);
        model.addAttribute("status", st == null ? "" : st.name());
        model.addAttribute("period", p == null ? "" : p.code());
        model.addAttribute("periodName", p == null ? null : p.vietnamese());
        model.addAttribute("badPeriod", p == null && period != null && !period.isBlank());
        return "submissions";
    }

    @GetMapping("/submissions/{id}/original")
    ResponseEntity<?> original(@PathVariable long id) {
        return download(id, "archived_path");
    }

    @GetMapping("/submissions/{id}/feedback")
    ResponseEntity<?> feedback(@PathVariable long id) {
        return download(id, "feedback_path");
    }

    private ResponseEntity<?> download(long id, String column) {
        Optional<String> stored = jdbc.sql("SELECT " + column + " FROM submission WHERE id = ?").param(id)
                .query(String.class).optional();
        Optional<Path> file = stored.flatMap(folders::archivedFile);
        return file.<ResponseEntity<?>>map(Downloads::attachment).orElseGet(Downloads::notFound);
    }

    private String unitName(String code) {
        if (code == null) {
            return "(chưa rõ đơn vị)";
        }
        return reference.units().byCode(code).map(Unit::name).orElse(code);
    }

    private static String folderOf(String path) {
        int slash = path == null ? -1 : path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static SubmissionStatus parseStatus(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return SubmissionStatus.valueOf(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
