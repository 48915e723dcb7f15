package vn.hatinh.consolidator.consolidate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import vn.hatinh.consolidator.ingest.RecordType;
import vn.hatinh.consolidator.reference.TextFold;

/**
 * Turns source rows into one record per real event. Rows are compared only within a block (same type, and same
 * country where the type has one) and a time window (sorted by start date), never all against all. A pair is merged
 * on strong evidence, sent to the review list when unsure, and kept apart otherwise; clusters are joined only when
 * every constraint still holds for the whole cluster (no two decision numbers, no operator split, dates within the
 * window), so a chain of look-alikes cannot glue two events together.
 */
public final class Consolidator {

    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();
    private static final Pattern YEAR_SUFFIX = Pattern.compile("\\s*(nam\\s*)?(19|20)\\d{2}\\s*$");
    private static final Pattern DELEGATION_WORDS = Pattern.compile(
            "^(doan|doan khach|doan cong tac|doan can bo|doan lanh dao|doan dai bieu)\\s+");

    private final PartnerGazetteer partners;

    public Consolidator(PartnerGazetteer partners) {
        this.partners = partners;
    }

    public synchronized ConsolidationResult consolidate(List<Candidate> candidates, List<ReviewDecision> decisions) {
        namesOf.clear();
        List<Candidate> counting = new ArrayList<>();
        List<Candidate> consular = new ArrayList<>();
        for (Candidate c : candidates) {
            (c.row().type() == RecordType.CONSULAR ? consular : counting).add(c);
        }
        Clusters clusters = new Clusters(counting, decisions);
        List<ReviewPair> review = new ArrayList<>();
        Map<String, List<Integer>> blocks = new LinkedHashMap<>();
        for (int i = 0; i < counting.size(); i++) {
            Candidate c = counting.get(i);
            String country = c.row().type() == RecordType.OUTBOUND || c.row().type() == RecordType.INBOUND
                    ? Objects.toString(c.row().country(), "") : "";
            blocks.computeIfAbsent(c.row().type() + "|" + country, k -> new ArrayList<>()).add(i);
        }
        decisionKeys.clear();
        for (Candidate c : counting) {
            if (c.row().type() == RecordType.OUTBOUND) {
                String key = DecisionNumbers.key(c.row().decision());
                if (key != null) {
                    decisionKeys.put(c.sourceRowId(), key);
                }
            }
        }
        // the same decision number is the same trip: joined by key, not by scanning
        Map<String, List<Integer>> byDecision = new HashMap<>();
        for (int i = 0; i < counting.size(); i++) {
            String key = decisionKeys.get(counting.get(i).sourceRowId());
            if (key != null) {
                byDecision.computeIfAbsent(counting.get(i).row().country() + "|" + key, k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> same : byDecision.values()) {
            same.sort(Comparator.comparing(i -> startOf(counting.get(i))));
            for (int k = 1; k < same.size(); k++) {
                Candidate a = counting.get(same.get(k - 1));
                Candidate b = counting.get(same.get(k));
                long gap = ChronoUnit.DAYS.between(startOf(a), startOf(b));
                if (gap <= MatchRules.DECISION_WINDOW_DAYS) {
                    clusters.union(same.get(k - 1), same.get(k), new MatchEvidence(a.sourceRowId(), b.sourceRowId(),
                            "decision-number", 1.0, "same decision number " + decisionKeys.get(a.sourceRowId())
                            + ", start dates " + gap + " day(s) apart, same country " + a.row().country()));
                }
            }
        }
        for (List<Integer> block : blocks.values()) {
            block.sort(Comparator.comparing(i -> startOf(counting.get(i))));
            for (int a = 0; a < block.size(); a++) {
                Candidate ca = counting.get(block.get(a));
                int window = window(ca.row().type());
                for (int b = a + 1; b < block.size(); b++) {
                    Candidate cb = counting.get(block.get(b));
                    long gap = ChronoUnit.DAYS.between(startOf(ca), startOf(cb));
                    if (gap > window) {
                        break;
                    }
                    Verdict v = compare(ca, cb, gap);
                    if (v.same()) {
                        clusters.union(block.get(a), block.get(b), v.evidence(ca, cb));
                    } else if (v.unsure()) {
                        review.add(new ReviewPair(ca.sourceKey(), cb.sourceKey(), v.score(), v.explanation()));
                    }
                }
            }
        }
        clusters.applyMerges();
        List<ConsolidatedRecord> records = new ArrayList<>();
        for (List<Integer> members : clusters.groups()) {
            List<Candidate> sources = new ArrayList<>();
            for (int i : members) {
                sources.add(counting.get(i));
            }
            records.add(Records.build(null, sources, clusters.evidenceOf(members)));
        }
        records.addAll(consularRecords(consular));
        // review pairs that ended up in one record anyway (through other evidence) need no decision
        Map<String, String> recordOfKey = new HashMap<>();
        List<ConsolidatedRecord> numbered = number(records);
        for (ConsolidatedRecord r : numbered) {
            for (Candidate c : r.sources()) {
                recordOfKey.put(c.sourceKey(), r.id());
            }
        }
        review.removeIf(p -> Objects.equals(recordOfKey.get(p.sourceKeyA()), recordOfKey.get(p.sourceKeyB()))
                || decided(decisions, p));
        return new ConsolidationResult(numbered, review);
    }

    private static boolean decided(List<ReviewDecision> decisions, ReviewPair p) {
        for (ReviewDecision d : decisions) {
            if (d.sourceKeyA().equals(p.sourceKeyA()) && d.sourceKeyB().equals(p.sourceKeyB())
                    || d.sourceKeyA().equals(p.sourceKeyB()) && d.sourceKeyB().equals(p.sourceKeyA())) {
                return true;
            }
        }
        return false;
    }

    /** Consular counts are never merged across units; a later submission for the same unit and month replaces. */
    private static List<ConsolidatedRecord> consularRecords(List<Candidate> consular) {
        Map<String, Candidate> latest = new LinkedHashMap<>();
        for (Candidate c : consular) {
            String key = c.unit() + "|" + c.row().month();
            Candidate seen = latest.get(key);
            if (seen == null || c.submissionRank() > seen.submissionRank()
                    || c.submissionRank() == seen.submissionRank() && c.sourceRowId() > seen.sourceRowId()) {
                latest.put(key, c);
            }
        }
        List<ConsolidatedRecord> records = new ArrayList<>();
        for (Candidate c : latest.values()) {
            records.add(new ConsolidatedRecord(null, RecordType.CONSULAR, c.row(), List.of(c), List.of(), List.of()));
        }
        return records;
    }

    /** Ids by type, start and smallest source key, so the same input always gives the same ids. */
    private static List<ConsolidatedRecord> number(List<ConsolidatedRecord> records) {
        Map<ConsolidatedRecord, String> smallestKey = new java.util.IdentityHashMap<>();
        for (ConsolidatedRecord r : records) {
            smallestKey.put(r, r.sources().stream().map(Candidate::sourceKey).min(String::compareTo).orElse(""));
        }
        List<ConsolidatedRecord> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparing((ConsolidatedRecord r) -> r.type().ordinal())
                .thenComparing(r -> r.type() == RecordType.CONSULAR && r.chosen().month() != null
                        ? r.chosen().month().atDay(1) : r.chosen().start(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(smallestKey::get));
        Map<RecordType, Integer> sequence = new HashMap<>();
        List<ConsolidatedRecord> numbered = new ArrayList<>();
        for (ConsolidatedRecord r : sorted) {
            int n = sequence.merge(r.type(), 1, Integer::sum);
            String id = prefix(r.type()) + "-" + String.format("%06d", n);
            numbered.add(new ConsolidatedRecord(id, r.type(), r.chosen(), r.sources(), r.conflicts(), r.evidence()));
        }
        return numbered;
    }

    private static String prefix(RecordType type) {
        return switch (type) {
            case OUTBOUND -> "O";
            case INBOUND -> "I";
            case SEMINAR -> "S";
            case AGREEMENT -> "A";
            case AID -> "V";
            case CONSULAR -> "C";
        };
    }

    private static LocalDate startOf(Candidate c) {
        if (c.row().start() != null) {
            return c.row().start();
        }
        YearMonth month = c.row().month();
        return month != null ? month.atDay(1) : LocalDate.MIN.plusYears(1);
    }

    /** The matcher's view of one pair. */
    record Verdict(boolean same, boolean unsure, double score, String rule, String explanation) {

        static Verdict no() {
            return new Verdict(false, false, 0, null, null);
        }

        MatchEvidence evidence(Candidate a, Candidate b) {
            return new MatchEvidence(a.sourceRowId(), b.sourceRowId(), rule, score, explanation);
        }
    }

    Verdict compare(Candidate a, Candidate b, long gap) {
        return switch (a.row().type()) {
            case OUTBOUND -> outbound(a, b, gap);
            case INBOUND -> delegation(a, b, gap, "inbound");
            case SEMINAR -> seminar(a, b, gap);
            case AGREEMENT -> agreement(a, b, gap);
            case AID -> aid(a, b, gap);
            case CONSULAR -> Verdict.no();
        };
    }

    private Verdict outbound(Candidate a, Candidate b, long gap) {
        String ka = decisionKeys.get(a.sourceRowId());
        String kb = decisionKeys.get(b.sourceRowId());
        if (ka != null && kb != null) {
            // equal numbers were joined by key; different numbers are different trips
            return Verdict.no();
        }
        return delegation(a, b, gap, "outbound");
    }

    private static int window(RecordType type) {
        return switch (type) {
            case AID -> MatchRules.AID_WINDOW_DAYS;
            case SEMINAR -> MatchRules.SEMINAR_WINDOW_DAYS;
            case AGREEMENT -> MatchRules.AGREEMENT_WINDOW_DAYS;
            default -> MatchRules.DELEGATION_WINDOW_DAYS;
        };
    }

    private Verdict delegation(Candidate a, Candidate b, long gap, String what) {
        if (gap > MatchRules.DELEGATION_WINDOW_DAYS || !Objects.equals(a.row().country(), b.row().country())) {
            return Verdict.no();
        }
        double sim = partnerSimilarity(a, b);
        String why = String.format("same country %s, partner similarity %.2f (%s / %s), start dates %d day(s) apart",
                a.row().country(), sim, describe(a), describe(b), gap);
        if (sim >= MatchRules.PARTNER_SAME) {
            return new Verdict(true, false, sim, "country+partner+date", why);
        }
        if (sim >= MatchRules.PARTNER_UNSURE) {
            return new Verdict(false, true, sim, "country+partner+date", why);
        }
        return Verdict.no();
    }

    private Verdict seminar(Candidate a, Candidate b, long gap) {
        if (gap > MatchRules.SEMINAR_WINDOW_DAYS) {
            return Verdict.no();
        }
        double title = JW.apply(titleKey(a.row().title()), titleKey(b.row().title()));
        String pa = partners.key(a.row().partner());
        String pb = partners.key(b.row().partner());
        boolean partnerAgrees = pa.isEmpty() || pb.isEmpty() || JW.apply(pa, pb) >= MatchRules.PARTNER_SAME;
        String why = String.format("title similarity %.2f, start dates %d day(s) apart, partner %s", title, gap,
                partnerAgrees ? "agrees" : "differs");
        if (title >= MatchRules.TITLE_SAME && partnerAgrees) {
            return new Verdict(true, false, title, "title+date+partner", why);
        }
        if (title >= MatchRules.TITLE_UNSURE) {
            return new Verdict(false, true, title, "title+date+partner", why);
        }
        return Verdict.no();
    }

    private Verdict agreement(Candidate a, Candidate b, long gap) {
        if (gap > MatchRules.AGREEMENT_WINDOW_DAYS) {
            return Verdict.no();
        }
        double partner = similarity(partners.key(a.row().partner()), partners.key(b.row().partner()));
        double title = JW.apply(titleKey(a.row().title()), titleKey(b.row().title()));
        double score = Math.max(partner, title);
        String why = String.format("partner similarity %.2f, title similarity %.2f, signed %d day(s) apart",
                partner, title, gap);
        if (score >= MatchRules.PARTNER_SAME) {
            return new Verdict(true, false, score, "partner+signing-date", why);
        }
        return score >= MatchRules.PARTNER_UNSURE ? new Verdict(false, true, score, "partner+signing-date", why)
                : Verdict.no();
    }

    private Verdict aid(Candidate a, Candidate b, long gap) {
        if (gap > MatchRules.AID_WINDOW_DAYS) {
            return Verdict.no();
        }
        double title = JW.apply(titleKey(a.row().title()), titleKey(b.row().title()));
        String da = partners.key(a.row().partner());
        String db = partners.key(b.row().partner());
        double donor = da.isEmpty() || db.isEmpty() ? 1.0 : similarity(da, db);
        String why = String.format("project title similarity %.2f, donor similarity %.2f", title, donor);
        if (title >= MatchRules.TITLE_SAME && donor >= MatchRules.PARTNER_SAME) {
            return new Verdict(true, false, Math.min(title, donor), "title+donor", why);
        }
        return title >= MatchRules.TITLE_UNSURE ? new Verdict(false, true, title, "title+donor", why) : Verdict.no();
    }

    /** The best agreement between the two rows' partners, or their delegation names when a partner is missing. */
    private double partnerSimilarity(Candidate a, Candidate b) {
        List<String> ka = names(a);
        List<String> kb = names(b);
        double best = 0;
        for (String x : ka) {
            for (String y : kb) {
                best = Math.max(best, similarity(x, y));
            }
        }
        return best;
    }

    private final Map<Long, List<String>> namesOf = new HashMap<>();
    private final Map<Long, String> decisionKeys = new HashMap<>();

    private List<String> names(Candidate c) {
        return namesOf.computeIfAbsent(c.sourceRowId(), id -> computeNames(c));
    }

    private List<String> computeNames(Candidate c) {
        List<String> keys = new ArrayList<>(2);
        String partner = partners.key(c.row().partner());
        if (!partner.isEmpty()) {
            keys.add(partner);
        }
        if (c.row().title() != null) {
            String title = DELEGATION_WORDS.matcher(TextFold.fold(c.row().title())).replaceFirst("");
            String key = partners.key(title);
            if (!key.isEmpty() && !keys.contains(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b)) {
            return 1;
        }
        // numbers in a name tell partners apart ("Trường số 2" and "Trường số 3"), however alike the rest
        if (!digits(a).equals(digits(b))) {
            return 0;
        }
        Set<String> ta = new HashSet<>(List.of(a.split(" ")));
        Set<String> tb = new HashSet<>(List.of(b.split(" ")));
        if (ta.equals(tb)) {
            return 1;
        }
        // compare without spaces too: "muc da han" and "mukdahan"
        return Math.max(JW.apply(a, b), JW.apply(a.replace(" ", ""), b.replace(" ", "")));
    }

    /** The digits of a text, in order (a loop: this runs for every compared pair). */
    private static String digits(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                sb = sb == null ? new StringBuilder() : sb;
                sb.append(c);
            }
        }
        return sb == null ? "" : sb.toString();
    }

    private static String describe(Candidate c) {
        return c.row().partner() != null ? c.row().partner() : Objects.toString(c.row().title(), "?");
    }

    /** Seminar and project titles: folded, "HT"/"HN" spelled out, a trailing year dropped. */
    static String titleKey(String title) {
        if (title == null) {
            return "";
        }
        String t = " " + TextFold.fold(title) + " ";
        t = t.replace(" ht ", " hoi thao ").replace(" hn ", " hoi nghi ").replace(" ht ", " hoi thao ");
        t = YEAR_SUFFIX.matcher(t.trim()).replaceAll("");
        return t.trim();
    }
}
