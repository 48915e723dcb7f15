package vn.hatinh.consolidator.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hatinh.consolidator.ingest.Period;
import vn.hatinh.consolidator.report.ReportKind;
import vn.hatinh.consolidator.report.ReportLauncher;
import vn.hatinh.consolidator.report.ReportRequest;
import vn.hatinh.consolidator.users.AuditLog;

/**
 * Generates the monthly or term report for a chosen period into the store's report folder, and lists every generated
 * report with its .docx, annex and figures.json to download (those written elsewhere by the command line are listed
 * without links: the console serves files from the store's folders only).
 */
@Controller
@ConditionalOnWebApplication
class ReportsController {

    record Download(String label, String path) {
    }

    record Generated(long run, String kind, String period, String finished, List<Download> files, String elsewhere) {
    }

    private final ReportLauncher launcher;
    private final RunsView runs;
    private final StoreFolders folders;
    private final AuditLog audit;

    ReportsController(ReportLauncher launcher, RunsView runs, StoreFolders folders, AuditLog audit) {
        this.launcher = launcher;
        this.runs = runs;
        this.folders = folders;
        this.audit = audit;
    }

    @GetMapping("/reports")
    String reports(Model model) {
        List<Generated> generated = new ArrayList<>();
        for (JobExecution e : runs.completedReports(200)) {
            var p = e.getJobParameters();
            LocalDate from = p.getLocalDate("from");
            LocalDate to = p.getLocalDate("to");
            String out = p.getString("out");
            if (from == null || to == null || out == null) {
                continue;
            }
            ReportKind kind = "term".equals(p.getString("kind")) ? ReportKind.TERM : ReportKind.MONTHLY;
            ReportRequest request = new ReportRequest(kind, new Period(from, to), null, null, Path.of(out), 25);
            List<Download> files = new ArrayList<>();
            addIfServed(files, "Báo cáo (.docx)", request.document());
            addIfServed(files, "Phụ lục (.xlsx)", request.annex());
            addIfServed(files, "Số liệu (figures.json)", request.figures());
            generated.add(new Generated(e.getId(), kind == ReportKind.MONTHLY ? "Báo cáo tháng" : "Báo cáo nhiệm kỳ",
                    "Từ " + Texts.date(from) + " đến " + Texts.date(to), Texts.dateTime(e.getEndTime()), files,
                    files.isEmpty() ? out : null));
        }
        model.addAttribute("generated", generated);
        YearMonth previous = YearMonth.now().minusMonths(1);
        model.addAttribute("defaultMonth", String.format("%02d/%d", previous.getMonthValue(), previous.getYear()));
        model.addAttribute("today", Texts.date(LocalDate.now()));
        return "reports";
    }

    private void addIfServed(List<Download> files, String label, Path file) {
        if (Files.isRegularFile(file)) {
            folders.relativeToReports(file).ifPresent(rel -> files.add(new Download(label, rel)));
        }
    }

    @PostMapping("/reports/monthly")
    String monthly(@RequestParam String month, Authentication who, RedirectAttributes flash) {
        YearMonth m = parseMonth(month);
        if (m == null) {
            flash.addFlashAttribute("error", "Tháng phải có dạng tháng/năm, ví dụ 03/2024.");
            return "redirect:/reports";
        }
        Path out = folders.reports().resolve("thang-" + m);
        try {
            JobExecution e = launcher.monthly(m, 25, null, null, out, RunsController.WAIT_SECONDS);
            return done(e, who, "Lập báo cáo tháng", String.format("tháng %02d/%d", m.getMonthValue(), m.getYear()), flash);
        } catch (Exception e) {
            return failed(e, who, "Lập báo cáo tháng", m.toString(), flash);
        }
    }

    @PostMapping("/reports/term")
    String term(@RequestParam String from, @RequestParam String to, Authentication who, RedirectAttributes flash) {
        LocalDate f = parseDate(from);
        LocalDate t = parseDate(to);
        if (f == null || t == null) {
            flash.addFlashAttribute("error", "Ngày phải có dạng ngày/tháng/năm, ví dụ 31/03/2024.");
            return "redirect:/reports";
        }
        if (t.isBefore(f)) {
            flash.addFlashAttribute("error", "Ngày kết thúc phải sau ngày bắt đầu.");
            return "redirect:/reports";
        }
        Path out = folders.reports().resolve("nhiem-ky-" + f + "-den-" + t);
        String target = "từ " + Texts.date(f) + " đến " + Texts.date(t);
        try {
            JobExecution e = launcher.term(f, t, null, null, out, RunsController.WAIT_SECONDS);
            return done(e, who, "Lập báo cáo nhiệm kỳ", target, flash);
        } catch (Exception e) {
            return failed(e, who, "Lập báo cáo nhiệm kỳ", target, flash);
        }
    }

    /** 03/2024, 3/2024 or 2024-03. */
    static YearMonth parseMonth(String text) {
        String s = text == null ? "" : text.trim();
        for (String pattern : List.of("MM/yyyy", "M/yyyy", "yyyy-MM")) {
            try {
                return YearMonth.parse(s, java.time.format.DateTimeFormatter.ofPattern(pattern));
            } catch (DateTimeParseException e) {
                // next form
            }
        }
        return null;
    }

    /** 31/03/2024, 1/3/2024 or 2024-03-31. */
    static LocalDate parseDate(String text) {
        String s = text == null ? "" : text.trim();
        for (String pattern : List.of("dd/MM/uuuu", "d/M/uuuu", "uuuu-MM-dd")) {
            try {
                return LocalDate.parse(s, java.time.format.DateTimeFormatter.ofPattern(pattern)
                        .withResolverStyle(java.time.format.ResolverStyle.STRICT));
            } catch (DateTimeParseException e) {
                // next form
            }
        }
        return null;
    }

    @GetMapping("/reports/file")
    ResponseEntity<?> file(@RequestParam String path) {
        return folders.reportFile(path).<ResponseEntity<?>>map(Downloads::attachment).orElseGet(Downloads::notFound);
    }

    private String done(JobExecution e, Authentication who, String action, String target, RedirectAttributes flash) {
        String outcome = "lần chạy số " + e.getId() + ": " + Texts.status(e.getStatus());
        audit.write(who.getName(), action, target, outcome);
        if (e.getStatus() == BatchStatus.COMPLETED) {
            flash.addFlashAttribute("message", "Đã lập báo cáo " + target + ".");
        } else {
            flash.addFlashAttribute("error", "Chưa lập xong báo cáo " + target + " (" + outcome
                    + "); xem trang Lần chạy.");
        }
        return "redirect:/reports";
    }

    private String failed(Exception e, Authentication who, String action, String target, RedirectAttributes flash) {
        audit.write(who.getName(), action, target, "không thực hiện được: " + e.getMessage());
        flash.addFlashAttribute("error", "Không lập được báo cáo " + target + ": " + e.getMessage());
        return "redirect:/reports";
    }
}
