package vn.hatinh.consolidator.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import vn.hatinh.consolidator.consolidate.ConsolidatedRecord;
import vn.hatinh.consolidator.ingest.RecordType;
import vn.hatinh.consolidator.reference.CountryResolver;

/**
 * The .docx a clerk opens, edits and signs: header block, number and date, title, addressee, the operator's body
 * with the figures filled in and the store's items and charts in place, recipients and signature.
 */
final class ReportDocument {

    private final ReportTexts texts;
    private final CountryResolver countries;
    private final ReportSentences sentences;

    ReportDocument(ReportTexts texts, CountryResolver countries) {
        this.texts = texts;
        this.countries = countries;
        this.sentences = new ReportSentences(countries);
    }

    void write(ReportRequest request, List<ConsolidatedRecord> all) throws IOException {
        Figures f = FiguresCalculator.compute(request.kind(), request.period(), all);
        List<ConsolidatedRecord> inPeriod = FiguresCalculator.inPeriod(all, request.period(), request.kind());
        String prefix = request.kind() == ReportKind.MONTHLY ? "monthly." : "term.";
        try (XWPFDocument doc = new XWPFDocument()) {
            Docx.pageSetup(doc);
            header(doc, request, prefix);
            title(doc, request, prefix);
            for (ReportTexts.Line line : texts.body(request.kind(), values(request, f))) {
                switch (line.kind()) {
                    case HEADING -> Docx.run(Docx.paragraph(doc, ParagraphAlignment.BOTH, true), line.text(), true,
                            false, Docx.BODY_PT);
                    case ITEM -> item(doc, line.text());
                    case PARAGRAPH -> Docx.run(Docx.paragraph(doc, ParagraphAlignment.BOTH, true), line.text(), false,
                            false, Docx.BODY_PT);
                    case BLOCK -> block(doc, line.text(), request, f, inPeriod);
                }
            }
            signature(doc, prefix);
            Files.createDirectories(request.out());
            Path temporary = request.document().resolveSibling(request.document().getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                doc.write(out);
            }
            Files.move(temporary, request.document(), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Map<String, String> values(ReportRequest request, Figures f) {
        Map<String, String> v = new HashMap<>();
        v.put("period.from", VietnameseFormat.date(request.period().from()));
        v.put("period.to", VietnameseFormat.date(request.period().to()));
        YearMonth next = YearMonth.from(request.period().to()).plusMonths(1);
        v.put("next.month", next.getMonthValue() + "/" + next.getYear());
        v.put("next.year", Integer.toString(next.getYear()));
        v.put("report.year", Integer.toString(request.date().getYear()));
        v.put("term.start", VietnameseFormat.date(request.period().from()));
        v.put("outbound.delegations", VietnameseFormat.count(f.outbound().delegations()));
        v.put("outbound.persons", VietnameseFormat.count(f.outbound().persons()));
        v.put("inbound.delegations", VietnameseFormat.count(f.inbound().delegations()));
        v.put("inbound.visitors", VietnameseFormat.count(f.inbound().visitors()));
        v.put("seminars.count", VietnameseFormat.count(f.seminars().count()));
        v.put("seminars.foreignDelegates", VietnameseFormat.count(f.seminars().foreignDelegates()));
        v.put("agreements.count", VietnameseFormat.count(f.agreements()));
        v.put("aid.projects", VietnameseFormat.count(f.aid().projects()));
        v.put("aid.committedUsd", VietnameseFormat.number(f.aid().committedUsd()));
        v.put("aid.disbursedUsd", VietnameseFormat.number(f.aid().disbursedUsd()));
        v.put("consular.cases", VietnameseFormat.count(f.consular().cases()));
        v.put("consular.legalizations", VietnameseFormat.count(f.consular().legalizations()));
        return v;
    }

    private void header(XWPFDocument doc, ReportRequest request, String prefix) {
        XWPFTable table = Docx.twoColumns(doc, 3800, 5600);
        var left = table.getRow(0).getCell(0);
        var right = table.getRow(0).getCell(1);
        Docx.cellLine(left, true, texts.setting("agency.parent", "UBND TỈNH HÀ TĨNH"), false, false, 13);
        Docx.cellLine(left, false, texts.setting("agency.name", "SỞ NGOẠI VỤ"), true, false, 13);
        Docx.cellLine(left, false, "", false, false, 13);
        String number = request.number() == null ? "     " : request.number();
        Docx.cellLine(left, false, "Số: " + number + "/" + texts.setting(prefix + "symbol", "BC-SNgV"), false, false, 13);
        if (request.kind() == ReportKind.TERM) {
            for (String line : wrap(texts.setting("term.subject", ""), 34)) {
                Docx.cellLine(left, false, line, false, false, 12);
            }
        }
        Docx.cellLine(right, true, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false, 12);
        Docx.cellLine(right, false, "Độc lập - Tự do - Hạnh phúc", true, false, 14);
        Docx.cellLine(right, false, "", false, false, 13);
        Docx.cellLine(right, false, VietnameseFormat.placeAndDate(texts.setting("place", "Hà Tĩnh"), request.date()),
                false, true, 14);
    }

    private void title(XWPFDocument doc, ReportRequest request, String prefix) {
        if (request.kind() == ReportKind.MONTHLY) {
            XWPFParagraph t = Docx.paragraph(doc, ParagraphAlignment.CENTER, false);
            t.setSpacingBefore(240);
            Docx.run(t, "BÁO CÁO", true, false, 14);
            XWPFParagraph s = Docx.paragraph(doc, ParagraphAlignment.CENTER, false);
            Docx.run(s, "Công tác thông tin đối ngoại từ ngày " + VietnameseFormat.date(request.period().from())
                    + " đến " + VietnameseFormat.date(request.period().to()) + ";", true, false, 14);
            s.createRun().addBreak();
            Docx.run(s, "và nhiệm vụ trọng tâm thời gian tới", true, false, 14);
        }
        XWPFParagraph to = Docx.paragraph(doc, ParagraphAlignment.CENTER, false);
        to.setSpacingBefore(120);
        Docx.run(to, "Kính gửi: " + texts.setting(prefix + "recipient", ""), false, false, 14);
    }

    private static void item(XWPFDocument doc, String text) {
        Docx.run(Docx.paragraph(doc, ParagraphAlignment.BOTH, true), "- " + text, false, false, Docx.BODY_PT);
    }

    private void block(XWPFDocument doc, String name, ReportRequest request, Figures f,
                       List<ConsolidatedRecord> inPeriod) {
        boolean monthly = request.kind() == ReportKind.MONTHLY;
        List<String> items = switch (name) {
            case "block:delegations" -> monthly ? List.of(sentences.monthlyDelegations(f, inPeriod))
                    : sentences.termDelegations(f);
            case "block:seminars" -> sentences.monthlySeminars(f, inPeriod);
            case "block:agreements" -> sentences.monthlyAgreements(f, inPeriod);
            case "block:agreements-seminars" -> sentences.termAgreementsAndSeminars(f, inPeriod);
            case "block:aid" -> sentences.termAid(f);
            case "block:consular" -> sentences.termConsular(f, request.period());
            case "chart:quarters" -> {
                quarterChart(doc, request, inPeriod);
                yield List.of();
            }
            case "chart:countries" -> {
                countryChart(doc, f);
                yield List.of();
            }
            default -> List.of();
        };
        for (String s : items) {
            if (monthly) {
                item(doc, s);
            } else {
                Docx.run(Docx.paragraph(doc, ParagraphAlignment.BOTH, true), s, false, false, Docx.BODY_PT);
            }
        }
    }

    private void quarterChart(XWPFDocument doc, ReportRequest request, List<ConsolidatedRecord> inPeriod) {
        Map<String, int[]> quarters = new LinkedHashMap<>();
        LocalDate q = request.period().from().withDayOfMonth(1).withMonth((request.period().from().getMonthValue() - 1) / 3 * 3 + 1);
        while (!q.isAfter(request.period().to())) {
            quarters.put(quarterLabel(q), new int[2]);
            q = q.plusMonths(3);
        }
        for (ConsolidatedRecord r : inPeriod) {
            if (r.type() == RecordType.OUTBOUND || r.type() == RecordType.INBOUND) {
                int[] c = quarters.get(quarterLabel(r.chosen().start()));
                if (c != null) {
                    c[r.type() == RecordType.OUTBOUND ? 0 : 1]++;
                }
            }
        }
        String[] labels = quarters.keySet().toArray(String[]::new);
        Integer[] out = quarters.values().stream().map(c -> c[0]).toArray(Integer[]::new);
        Integer[] in = quarters.values().stream().map(c -> c[1]).toArray(Integer[]::new);
        barChart(doc, "Số đoàn ra, đoàn vào theo quý", labels, List.of("Đoàn ra", "Đoàn vào"), List.of(out, in));
    }

    private void countryChart(XWPFDocument doc, Figures f) {
        List<String> labels = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        f.inbound().byCountry().forEach((code, d) -> {
            labels.add(countries.vietnameseName(code));
            values.add(d.delegations());
        });
        List<Integer[]> series = new ArrayList<>();
        series.add(values.toArray(Integer[]::new));
        barChart(doc, "Số đoàn vào theo quốc gia", labels.toArray(String[]::new), List.of("Đoàn vào"), series);
    }

    private static void barChart(XWPFDocument doc, String title, String[] categories, List<String> names,
                                 List<Integer[]> series) {
        try {
            XWPFParagraph p = Docx.paragraph(doc, ParagraphAlignment.CENTER, false);
            XWPFChart chart = doc.createChart(p.createRun(), Units.toEMU(440), Units.toEMU(230));
            chart.setTitleText(title);
            chart.setTitleOverlay(false);
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
            XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
            left.setCrosses(AxisCrosses.AUTO_ZERO);
            XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, bottom, left);
            data.setBarDirection(BarDirection.COL);
            String[] cats = categories.length == 0 ? new String[] {"-"} : categories;
            for (int i = 0; i < series.size(); i++) {
                Integer[] values = series.get(i).length == 0 ? new Integer[] {0} : series.get(i);
                XDDFChartData.Series s = data.addSeries(XDDFDataSourcesFactory.fromArray(cats),
                        XDDFDataSourcesFactory.fromArray(values));
                s.setTitle(names.get(i), null);
                // LibreOffice draws a series without an explicit fill as nothing
                org.apache.poi.xddf.usermodel.XDDFShapeProperties shape = new org.apache.poi.xddf.usermodel.XDDFShapeProperties();
                shape.setFillProperties(new org.apache.poi.xddf.usermodel.XDDFSolidFillProperties(
                        org.apache.poi.xddf.usermodel.XDDFColor.from(i == 0
                                ? org.apache.poi.xddf.usermodel.PresetColor.STEEL_BLUE
                                : org.apache.poi.xddf.usermodel.PresetColor.DARK_ORANGE)));
                s.setShapeProperties(shape);
            }
            data.setVaryColors(false);
            chart.plot(data);
        } catch (Exception e) {
            throw new IllegalStateException("The chart \"" + title + "\" could not be drawn: " + e.getMessage(), e);
        }
    }

    private static String quarterLabel(LocalDate d) {
        return "Q" + ((d.getMonthValue() - 1) / 3 + 1) + "/" + d.getYear();
    }

    private void signature(XWPFDocument doc, String prefix) {
        XWPFTable table = Docx.twoColumns(doc, 4700, 4700);
        var left = table.getRow(0).getCell(0);
        var right = table.getRow(0).getCell(1);
        XWPFParagraph first = left.getParagraphs().get(0);
        first.setAlignment(ParagraphAlignment.LEFT);
        Docx.run(first, "Nơi nhận:", true, true, 12);
        for (String r : texts.list(prefix + "recipients")) {
            XWPFParagraph p = left.addParagraph();
            p.setSpacingAfter(0);
            Docx.run(p, "- " + r, false, false, 11);
        }
        String title = texts.setting(prefix + "signer.title", texts.setting("signer.title", "GIÁM ĐỐC"));
        String subtitle = texts.setting(prefix + "signer.subtitle", texts.setting("signer.subtitle", ""));
        Docx.cellLine(right, true, title, true, false, 14);
        if (!subtitle.isBlank()) {
            Docx.cellLine(right, false, subtitle, true, false, 14);
        }
        Docx.cellLine(right, false, "", false, false, 14);
        Docx.cellLine(right, false, texts.setting("signer.note", ""), false, true, 14);
        Docx.cellLine(right, false, "", false, false, 14);
        Docx.cellLine(right, false, texts.setting("signer.name", ""), true, false, 14);
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > width && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
