package vn.hatinh.consolidator.ingest.table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.hatinh.consolidator.ingest.RecordType;

/**
 * A table's header as understood: which column holds what, the header texts as written, and the record type the
 * columns say (null for the mixed delegations table, whose rows say it in "Loại đoàn").
 */
record TableLayout(String sheet, int headerRow, int lastHeaderRow, Map<Integer, ColumnKind> kinds,
                   Map<Integer, String> headers, RecordType type) {

    static final Set<ColumnKind> OUTBOUND_ONLY = Set.of(ColumnKind.DECISION, ColumnKind.RETURN_DATE,
            ColumnKind.EXIT_DATE);
    static final Set<ColumnKind> INBOUND_ONLY = Set.of(ColumnKind.DELEGATION_NAME, ColumnKind.HOST,
            ColumnKind.ARRIVE_DATE, ColumnKind.LEAVE_DATE);
    static final Set<ColumnKind> SEMINAR_ONLY = Set.of(ColumnKind.SEMINAR_TITLE, ColumnKind.FOREIGN_DELEGATES,
            ColumnKind.TOTAL_DELEGATES, ColumnKind.ORGANISER, ColumnKind.PERMIT, ColumnKind.LOCATION);
    static final Set<ColumnKind> AGREEMENT_ONLY = Set.of(ColumnKind.AGREEMENT_TITLE, ColumnKind.LEVEL,
            ColumnKind.SIGN_DATE);
    static final Set<ColumnKind> AID_ONLY = Set.of(ColumnKind.AID_TITLE, ColumnKind.DONOR, ColumnKind.APPROVAL_DATE,
            ColumnKind.COMMITTED_USD, ColumnKind.DISBURSED_USD);
    static final Set<ColumnKind> CONSULAR_ONLY = Set.of(ColumnKind.CASES, ColumnKind.LEGALIZATIONS, ColumnKind.MONTH);

    /** The type the columns say; sheet name and title are only a hint for tables whose columns could be either. */
    static RecordType decideType(Map<Integer, ColumnKind> kinds, String hint) {
        if (kinds.containsValue(ColumnKind.RECORD_KIND)) {
            return null;
        }
        Map<RecordType, Integer> score = new EnumMap<>(RecordType.class);
        for (ColumnKind k : kinds.values()) {
            add(score, k, OUTBOUND_ONLY, RecordType.OUTBOUND);
            add(score, k, INBOUND_ONLY, RecordType.INBOUND);
            add(score, k, SEMINAR_ONLY, RecordType.SEMINAR);
            add(score, k, AGREEMENT_ONLY, RecordType.AGREEMENT);
            add(score, k, AID_ONLY, RecordType.AID);
            add(score, k, CONSULAR_ONLY, RecordType.CONSULAR);
        }
        // the month column alone does not make a consular table
        if (score.getOrDefault(RecordType.CONSULAR, 0) == 1 && kinds.containsValue(ColumnKind.MONTH)) {
            score.remove(RecordType.CONSULAR);
        }
        int max = score.values().stream().max(Integer::compare).orElse(0);
        if (max > 0) {
            List<RecordType> tied = new ArrayList<>();
            score.forEach((t, s) -> {
                if (s == max) {
                    tied.add(t);
                }
            });
            RecordType hinted = hinted(hint);
            return hinted != null && tied.contains(hinted) ? hinted : tied.get(0);
        }
        RecordType hinted = hinted(hint);
        if (hinted != null) {
            return hinted;
        }
        // country, partner, dates and a count with nothing else: a delegation; "Ngày đi" first reads as a trip
        if (kinds.containsValue(ColumnKind.COUNTRY) && kinds.containsValue(ColumnKind.COUNT)) {
            return RecordType.OUTBOUND;
        }
        return null;
    }

    private static void add(Map<RecordType, Integer> score, ColumnKind k, Set<ColumnKind> only, RecordType type) {
        if (only.contains(k)) {
            score.merge(type, 1, Integer::sum);
        }
    }

    static RecordType hinted(String hint) {
        if (hint == null) {
            return null;
        }
        String f = vn.hatinh.consolidator.reference.TextFold.fold(hint).replace(" ", "");
        if (f.contains("doanra")) {
            return RecordType.OUTBOUND;
        }
        if (f.contains("doanvao")) {
            return RecordType.INBOUND;
        }
        if (f.contains("hoithao") || f.contains("hoinghi")) {
            return RecordType.SEMINAR;
        }
        if (f.contains("thoathuan")) {
            return RecordType.AGREEMENT;
        }
        if (f.contains("vientro") || f.contains("pcpnn") || f.contains("duan")) {
            return RecordType.AID;
        }
        if (f.contains("lanhsu")) {
            return RecordType.CONSULAR;
        }
        return null;
    }

    boolean has(ColumnKind kind) {
        return kinds.containsValue(kind);
    }

    int lastColumn() {
        int last = 0;
        for (Integer c : headers.keySet()) {
            last = Math.max(last, c);
        }
        for (Integer c : kinds.keySet()) {
            last = Math.max(last, c);
        }
        return last;
    }
}
