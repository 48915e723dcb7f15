package vn.hatinh.consolidator.web;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hatinh.consolidator.ConsolidatorProperties;
import vn.hatinh.consolidator.ingest.IngestLauncher;
import vn.hatinh.consolidator.schedule.ScheduleFiles;
import vn.hatinh.consolidator.schedule.JobRunner;
import vn.hatinh.consolidator.users.AuditLog;

/** The job executions, a restart for a failed or stopped one, and the ingest started by hand. */
@Controller
@ConditionalOnWebApplication
class RunsController {

    /** A console request waits this long for another job to finish before it says the store is busy. */
    static final int WAIT_SECONDS = 5;

    private final RunsView runs;
    private final JobRunner runner;
    private final IngestLauncher ingest;
    private final AuditLog audit;
    private final String inbox;

    RunsController(RunsView runs, JobRunner runner, IngestLauncher ingest, AuditLog audit,
                   ConsolidatorProperties properties, @Value("${consolidator.inbox:}") String inbox) {
        this.runs = runs;
        this.runner = runner;
        this.ingest = ingest;
        this.audit = audit;
        this.inbox = inbox.isBlank() ? scheduledInbox(properties) : inbox;
    }

    /** Without serve --inbox: the folder the nightly ingest schedule reads. */
    private static String scheduledInbox(ConsolidatorProperties properties) {
        try {
            return ScheduleFiles.load(properties.files()).stream()
                    .filter(d -> "ingest".equals(d.job()) && d.parameters().get("inbox") != null)
                    .map(d -> d.parameters().get("inbox")).findFirst().orElse("");
        } catch (RuntimeException e) {
            return "";
        }
    }

    @GetMapping("/runs")
    String runs(Model model) {
        model.addAttribute("runs", runs.latest(100));
        model.addAttribute("inbox", inbox.isBlank() ? null : inbox);
        return "runs";
    }

    @PostMapping("/runs/{id}/restart")
    String restart(@PathVariable long id, Authentication who, RedirectAttributes flash) {
        try {
            JobExecution e = runner.restart(id, WAIT_SECONDS);
            String outcome = "lần chạy mới số " + e.getId() + ": " + Texts.status(e.getStatus());
            audit.write(who.getName(), "Chạy lại", "lần chạy số " + id, outcome);
            flash.addFlashAttribute("message", "Đã chạy lại lần chạy số " + id + " (" + outcome + ").");
        } catch (Exception e) {
            audit.write(who.getName(), "Chạy lại", "lần chạy số " + id, "không thực hiện được: " + e.getMessage());
            flash.addFlashAttribute("error", "Không chạy lại được lần chạy số " + id + ": " + e.getMessage());
        }
        return "redirect:/runs";
    }

    @PostMapping("/runs/ingest")
    String ingestNow(Authentication who, RedirectAttributes flash) {
        if (inbox.isBlank() || !Files.isDirectory(Path.of(inbox))) {
            flash.addFlashAttribute("error", "Chưa có thư mục nhận báo cáo (khởi động serve với --inbox THƯ_MỤC).");
            return "redirect:/runs";
        }
        try {
            JobExecution e = ingest.run(Path.of(inbox), WAIT_SECONDS);
            String outcome = "lần chạy số " + e.getId() + ": " + Texts.status(e.getStatus());
            audit.write(who.getName(), "Nhận báo cáo ngay", inbox, outcome);
            flash.addFlashAttribute("message", "Đã nhận báo cáo từ thư mục " + inbox + " (" + outcome + ").");
        } catch (Exception e) {
            audit.write(who.getName(), "Nhận báo cáo ngay", inbox, "không thực hiện được: " + e.getMessage());
            flash.addFlashAttribute("error", "Không nhận được báo cáo: " + e.getMessage());
        }
        return "redirect:/runs";
    }
}
