package vn.hatinh.consolidator.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.hatinh.consolidator.users.AuditLog;

@Controller
@ConditionalOnWebApplication
class AuditController {

    record Line(String at, String actor, String action, String target, String outcome) {
    }

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String audit(Model model) {
        model.addAttribute("lines", audit.latest(300).stream()
                .map(e -> new Line(Texts.dateTime(e.at()), e.actor(), e.action(), e.target(), e.outcome())).toList());
        return "audit";
    }
}
