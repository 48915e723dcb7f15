package vn.hatinh.consolidator.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.hatinh.consolidator.consolidate.ConsolidatedRecord;
import vn.hatinh.consolidator.ingest.Period;
import vn.hatinh.consolidator.ingest.RecordType;
import vn.hatinh.consolidator.ingest.SourceRow;

/**
 * The figures of a period from the consolidated records. An event counts when its consolidated start date (signing
 * date for agreements, approval date for aid) lies in the period, both ends inclusive; a consular record when its
 * month lies wholly inside the period, except in a monthly report: its period runs from one cut-off day to the next,
 * so no month lies wholly inside it, and the consular month it reports is its own month (the one its period ends
 * in). Counts are the consolidated ones.
 */
public final class FiguresCalculator {

    private FiguresCalculator() {
    }

    public static boolean counts(ConsolidatedRecord r, Period period, ReportKind kind) {
        SourceRow v = r.chosen();
        if (r.type() == RecordType.CONSULAR) {
            if (v.month() == null) {
                return false;
            }
            if (kind == ReportKind.MONTHLY) {
                return v.month().equals(java.time.YearMonth.from(period.to()));
            }
            return !v.month().atDay(1).isBefore(period.from()) && !v.month().atEndOfMonth().isAfter(period.to());
        }
        return period.contains(v.start());
    }

    public static List<ConsolidatedRecord> inPeriod(List<ConsolidatedRecord> records, Period period, ReportKind kind) {
        List<ConsolidatedRecord> result = new ArrayList<>();
        for (ConsolidatedRecord r : records) {
            if (counts(r, period, kind)) {
                result.add(r);
            }
        }
        return result;
    }

    public static Figures compute(ReportKind kind, Period period, List<ConsolidatedRecord> all) {
        int outbound = 0;
        int persons = 0;
        int inbound = 0;
        int visitors = 0;
        Map<String, int[]> byCountry = new HashMap<>();
        int seminars = 0;
        int delegates = 0;
        int agreements = 0;
        int projects = 0;
        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal disbursed = BigDecimal.ZERO;
        int cases = 0;
        int legalizations = 0;
        for (ConsolidatedRecord r : inPeriod(all, period, kind)) {
            SourceRow v = r.chosen();
            int count = v.count() == null ? 0 : v.count();
            switch (r.type()) {
                case OUTBOUND -> {
                    outbound++;
                    persons += count;
                }
                case INBOUND -> {
                    inbound++;
                    visitors += count;
                    int[] c = byCountry.computeIfAbsent(v.country() == null ? "??" : v.country(), k -> new int[2]);
                    c[0]++;
                    c[1] += count;
                }
                case SEMINAR -> {
                    seminars++;
                    delegates += count;
                }
                case AGREEMENT -> agreements++;
                case AID -> {
                    projects++;
                    committed = committed.add(v.committedUsd() == null ? BigDecimal.ZERO : v.committedUsd());
                    disbursed = disbursed.add(v.disbursedUsd() == null ? BigDecimal.ZERO : v.disbursedUsd());
                }
                case CONSULAR -> {
                    cases += v.cases() == null ? 0 : v.cases();
                    legalizations += v.legalizations() == null ? 0 : v.legalizations();
                }
            }
        }
        Map<String, Figures.Delegations> countries = new LinkedHashMap<>();
        byCountry.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, int[]> e) -> -e.getValue()[0])
                        .thenComparing(e -> -e.getValue()[1]).thenComparing(Map.Entry::getKey))
                .forEach(e -> countries.put(e.getKey(), new Figures.Delegations(e.getValue()[0], e.getValue()[1])));
        return new Figures(kind, period, new Figures.Delegations(outbound, persons),
                new Figures.Inbound(inbound, visitors, countries), new Figures.Seminars(seminars, delegates),
                agreements, new Figures.Aid(projects, committed, disbursed), new Figures.Consular(cases, legalizations));
    }
}
