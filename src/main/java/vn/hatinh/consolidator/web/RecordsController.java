package vn.hatinh.consolidator.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import vn.hatinh.consolidator.consolidate.Candidate;
import vn.hatinh.consolidator.consolidate.ConsolidatedRecord;
import vn.hatinh.consolidator.consolidate.ConsolidatedRecords;
import vn.hatinh.consolidator.ingest.RecordType;
import vn.hatinh.consolidator.ingest.SourceRow;
import vn.hatinh.consolidator.reference.ReferenceData;
import vn.hatinh.consolidator.reference.TextFold;
import vn.hatinh.consolidator.reference.Unit;
import vn.hatinh.consolidator.report.FiguresCalculator;

/** The consolidated records: a search, and one record with its sources down to the row and its conflicts. */
@Controller
@ConditionalOnWebApplication
class RecordsController {

    static final int MAX_ROWS = 300;

    record Line(String id, String type, String start, String end, String country, String partner, String title,
                String count, int sources, boolean conflicts) {
    }

    record Source(String unit, String file, String sheet, int row, boolean chosen) {
    }

    record Conflict(String field, String values) {
    }

    record Field(String name, String value) {
    }

    private final ConsolidatedRecords records;
    private final ReferenceData reference;

    RecordsController(ConsolidatedRecords records, ReferenceData reference) {
        this.records = records;
        this.reference = reference;
    }

    @GetMapping("/records")
    String search(@RequestParam(required = false) String type, @RequestParam(required = false) String period,
                  @RequestParam(required = false) String country, @RequestParam(required = false) String partner,
                  Model model) {
        RecordType t = null;
        try {
            t = type == null || type.isBlank() ? null : RecordType.fromCode(type);
        } catch (RuntimeException e) {
            t = null;
        }
        ConsolePeriod p = ConsolePeriod.parse(period);
        String countryCode = country == null || country.isBlank() ? null : countryCode(country);
        String partnerFold = partner == null || partner.isBlank() ? null : TextFold.fold(partner);
        List<Line> lines = new ArrayList<>();
        int total = 0;
        for (ConsolidatedRecord r : records.all()) {
            SourceRow v = r.chosen();
            if ((t != null && r.type() != t) || (p != null && !FiguresCalculator.counts(r, p.period(), vn.hatinh.consolidator.report.ReportKind.TERM))
                    || (countryCode != null && !countryCode.equals(v.country()))
                    || (partnerFold != null && (v.partner() == null || !TextFold.fold(v.partner()).contains(partnerFold)))) {
                continue;
            }
            total++;
            if (lines.size() < MAX_ROWS) {
                lines.add(line(r));
            }
        }
        model.addAttribute("lines", lines);
        model.addAttribute("total", total);
        model.addAttribute("types", List.of(RecordType.values()));
        model.addAttribute("type", t == null ? "" : t.code());
        model.addAttribute("period", p == null ? "" : p.code());
        model.addAttribute("country", country == null ? "" : country);
        model.addAttribute("partner", partner == null ? "" : partner);
        model.addAttribute("unknownCountry", country != null && !country.isBlank() && countryCode == null);
        return "records";
    }

    @GetMapping("/records/{id}")
    String record(@PathVariable String id, Model model) {
        ConsolidatedRecord r = records.all().stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        SourceRow v = r.chosen();
        List<Field> fields = new ArrayList<>();
        add(fields, "Loại", r.type().vietnameseName());
        add(fields, "Tên", v.title());
        add(fields, "Quyết định", v.decision());
        add(fields, "Trưởng đoàn", v.leader());
        add(fields, "Quốc gia", countryName(reference, v.country()));
        add(fields, "Đối tác", v.partner());
        add(fields, "Nội dung", v.purpose());
        add(fields, "Ngày bắt đầu", Texts.date(v.start()));
        add(fields, "Ngày kết thúc", Texts.date(v.end()));
        add(fields, "Số người", v.count() == null ? null : v.count().toString());
        add(fields, "Tổng số đại biểu", v.totalCount() == null ? null : v.totalCount().toString());
        add(fields, "Đơn vị tổ chức", v.organiser());
        add(fields, "Địa điểm", v.location());
        add(fields, "Cấp ký", v.level());
        add(fields, "Vốn cam kết (USD)", money(v.committedUsd()));
        add(fields, "Vốn giải ngân (USD)", money(v.disbursedUsd()));
        add(fields, "Tháng", v.month() == null ? null : String.format("%02d/%d", v.month().getMonthValue(), v.month().getYear()));
        add(fields, "Số vụ việc", v.cases() == null ? null : v.cases().toString());
        add(fields, "Số hợp pháp hóa", v.legalizations() == null ? null : v.legalizations().toString());
        add(fields, "Ghi chú", v.note());
        List<Source> sources = new ArrayList<>();
        boolean first = true;
        for (Candidate c : r.sources()) {
            sources.add(new Source(unitName(c.unit()), Texts.fileName(c.path()), c.row().sheet(), c.row().rowNumber(),
                    first));
            first = false;
        }
        model.addAttribute("record", line(r));
        model.addAttribute("fields", fields);
        model.addAttribute("sources", sources);
        model.addAttribute("conflicts", r.conflicts().stream()
                .map(c -> new Conflict(Texts.field(c.field()), String.join("  |  ", c.values()))).toList());
        model.addAttribute("evidence", r.evidence().stream().map(e -> Explanations.vietnamese(e.explanation())).distinct().toList());
        return "record";
    }

    private Line line(ConsolidatedRecord r) {
        SourceRow v = r.chosen();
        String start = r.type() == RecordType.CONSULAR && v.month() != null
                ? String.format("%02d/%d", v.month().getMonthValue(), v.month().getYear()) : Texts.date(v.start());
        String count = r.type() == RecordType.CONSULAR
                ? (v.cases() == null ? "" : v.cases() + " vụ việc") : v.count() == null ? "" : v.count().toString();
        return new Line(r.id(), r.type().vietnameseName(), start, Texts.date(v.end()), countryName(reference, v.country()),
                v.partner(), v.title() != null && !v.title().isBlank() ? v.title() : v.purpose(), count,
                r.sources().size(), !r.conflicts().isEmpty());
    }

    private String countryCode(String text) {
        String t = text.trim();
        if (t.length() == 2 && t.chars().allMatch(Character::isLetter)) {
            return t.toUpperCase(Locale.ROOT);
        }
        return reference.countries().resolve(t).orElse(null);
    }

    private String unitName(String code) {
        return code == null ? "" : reference.units().byCode(code).map(Unit::name).orElse(code);
    }

    static String countryName(ReferenceData reference, String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = reference.countries().vietnameseName(code);
        return name == null ? code : name;
    }

    private static String money(BigDecimal d) {
        return d == null ? null : String.format(Locale.ROOT, "%,.2f", d).replace(',', ' ').replace('.', ',').replace(' ', '.');
    }

    private static void add(List<Field> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(new Field(name, value));
        }
    }
}
