package vn.hatinh.consolidator.web;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hatinh.consolidator.consolidate.ConsolidatedRecords;
import vn.hatinh.consolidator.reference.ReferenceData;
import vn.hatinh.consolidator.report.Figures;
import vn.hatinh.consolidator.report.FiguresCalculator;
import vn.hatinh.consolidator.report.ReportKind;
import vn.hatinh.consolidator.report.VietnameseFormat;

/** The period at a glance: who has reported, the figures so far, what waits for review, the last runs. */
@Controller
@ConditionalOnWebApplication
class OverviewController {

    record Figure(String label, String value) {
    }

    private final CompletenessView completeness;
    private final ConsolidatedRecords records;
    private final ReferenceData reference;
    private final RunsView runs;
    private final JdbcClient jdbc;

    OverviewController(CompletenessView completeness, ConsolidatedRecords records, ReferenceData reference,
                       RunsView runs, JdbcClient jdbc) {
        this.completeness = completeness;
        this.records = records;
        this.reference = reference;
        this.runs = runs;
        this.jdbc = jdbc;
    }

    @GetMapping("/")
    String overview(@RequestParam(required = false) String period, Model model) {
        ConsolePeriod p = ConsolePeriod.parse(period);
        if (p == null) {
            p = ConsolePeriod.parse(latestMonth().toString());
        }
        List<CompletenessView.Row> rows = completeness.rows(p.period());
        Figures f = FiguresCalculator.compute(p.isMonth() ? ReportKind.MONTHLY : ReportKind.TERM, p.period(),
                records.all());
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("Đoàn ra", count(f.outbound().delegations()) + " đoàn, "
                + count(f.outbound().persons()) + " lượt người"));
        figures.add(new Figure("Đoàn vào", count(f.inbound().delegations()) + " đoàn, "
                + count(f.inbound().visitors()) + " lượt khách"));
        figures.add(new Figure("Hội nghị, hội thảo quốc tế", count(f.seminars().count())
                + " hội nghị, " + count(f.seminars().foreignDelegates()) + " đại biểu nước ngoài"));
        figures.add(new Figure("Thỏa thuận quốc tế", count(f.agreements()) + " thỏa thuận"));
        figures.add(new Figure("Viện trợ PCPNN", count(f.aid().projects()) + " dự án, cam kết "
                + VietnameseFormat.number(f.aid().committedUsd()) + " USD" + ", giải ngân " + VietnameseFormat.number(f.aid().disbursedUsd()) + " USD"));
        figures.add(new Figure("Lãnh sự", count(f.consular().cases()) + " vụ việc, "
                + count(f.consular().legalizations()) + " hợp pháp hóa"));
        // of the units expected to report for this period (by their frequency), those whose report is in
        long expected = rows.stream().filter(CompletenessView.Row::expected).count();
        long received = rows.stream().filter(r -> r.expected()
                && (r.status() == CompletenessView.Status.ON_TIME || r.status() == CompletenessView.Status.LATE)).count();
        model.addAttribute("expected", expected);
        model.addAttribute("period", p);
        model.addAttribute("rows", rows);
        model.addAttribute("received", received);
        model.addAttribute("missing", rows.stream().filter(r -> r.status() == CompletenessView.Status.MISSING).count());
        model.addAttribute("figures", figures);
        model.addAttribute("pendingReview", jdbc.sql("""
                SELECT COUNT(*) FROM review_pair p WHERE NOT EXISTS (SELECT 1 FROM review_decision d
                 WHERE d.source_key_a = p.source_key_a AND d.source_key_b = p.source_key_b)""")
                .query(Long.class).single());
        model.addAttribute("rejectedFiles", jdbc.sql("SELECT COUNT(*) FROM submission WHERE status = 'REJECTED'")
                .query(Long.class).single());
        model.addAttribute("runs", runs.latest(5));
        return "overview";
    }

    /** As the reports write counts ("03 đoàn"), but a plain 0 where there is none. */
    private static String count(long n) {
        return n == 0 ? "0" : VietnameseFormat.count(n);
    }

    /** The month of the latest period a unit reported, so a fresh page opens on data; this month if none. */
    private YearMonth latestMonth() {
        Date d = jdbc.sql("SELECT MAX(period_to) FROM submission WHERE status = 'ACCEPTED'").query(Date.class)
                .optional().orElse(null);
        return YearMonth.from(d == null ? LocalDate.now() : d.toLocalDate());
    }
}
