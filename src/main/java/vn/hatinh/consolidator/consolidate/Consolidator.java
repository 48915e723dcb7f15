package vn.hatinh.consolidator.consolidate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
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

    /** Consolidates a whole list at once (tests and small inputs); the job streams through {@link #start}. */
    public ConsolidationResult consolidate(List<Candidate> candidates, List<ReviewDecision> decisions) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparing(Node::dayOf).thenComparingLong(Candidate::sourceRowId));
        List<ConsolidatedRecord> records = new ArrayList<>();
        List<ReviewPair> review = new ArrayList<>();
        ConsolidationRun run = start(decisions, new ConsolidationSink() {
            @Override
            public void record(ConsolidatedRecord record) {
                records.add(record);
            }

            @Override
            public void reviewPair(ReviewPair pair) {
                review.add(pair);
            }
        });
        sorted.forEach(run::accept);
        run.finish();
        return new ConsolidationResult(records, review);
    }

    /**
     * Starts a run that takes candidates sorted by {@link Node#dayOf} (then source row id) within each type and
     * hands records and review pairs to the sink as soon as they are final.
     */
    public ConsolidationRun start(List<ReviewDecision> decisions, ConsolidationSink sink) {
        return new ConsolidationRun(this, decisions, sink);
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

    Verdict compare(Node a, Node b, long gap) {
        return switch (a.candidate.row().type()) {
            case OUTBOUND -> outbound(a, b, gap);
            case INBOUND -> delegation(a, b, gap, "inbound");
            case SEMINAR -> seminar(a, b, gap);
            case AGREEMENT -> agreement(a, b, gap);
            case AID -> aid(a, b, gap);
            case CONSULAR -> Verdict.no();
        };
    }

    private Verdict outbound(Node a, Node b, long gap) {
        if (a.decisionKey != null && b.decisionKey != null) {
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

    // each rule returns "no" before writing its explanation: most compared pairs are not the same event

    private Verdict delegation(Node a, Node b, long gap, String what) {
        if (gap > MatchRules.DELEGATION_WINDOW_DAYS
                || !Objects.equals(a.candidate.row().country(), b.candidate.row().country())) {
            return Verdict.no();
        }
        double sim = partnerSimilarity(a, b);
        if (sim < MatchRules.PARTNER_UNSURE) {
            return Verdict.no();
        }
        String why = String.format("same country %s, partner similarity %.2f (%s / %s), start dates %d day(s) apart",
                a.candidate.row().country(), sim, describe(a.candidate), describe(b.candidate), gap);
        return new Verdict(sim >= MatchRules.PARTNER_SAME, sim < MatchRules.PARTNER_SAME, sim, "country+partner+date",
                why);
    }

    private Verdict seminar(Node a, Node b, long gap) {
        if (gap > MatchRules.SEMINAR_WINDOW_DAYS) {
            return Verdict.no();
        }
        double title = JW.apply(titleKey(a), titleKey(b));
        if (title < MatchRules.TITLE_UNSURE) {
            return Verdict.no();
        }
        String pa = partnerKey(a);
        String pb = partnerKey(b);
        boolean partnerAgrees = pa.isEmpty() || pb.isEmpty() || JW.apply(pa, pb) >= MatchRules.PARTNER_SAME;
        String why = String.format("title similarity %.2f, start dates %d day(s) apart, partner %s", title, gap,
                partnerAgrees ? "agrees" : "differs");
        if (title >= MatchRules.TITLE_SAME && partnerAgrees) {
            return new Verdict(true, false, title, "title+date+partner", why);
        }
        return new Verdict(false, true, title, "title+date+partner", why);
    }

    private Verdict agreement(Node a, Node b, long gap) {
        if (gap > MatchRules.AGREEMENT_WINDOW_DAYS) {
            return Verdict.no();
        }
        double partner = similarity(partnerKey(a), partnerKey(b));
        double title = JW.apply(titleKey(a), titleKey(b));
        double score = Math.max(partner, title);
        if (score < MatchRules.PARTNER_UNSURE) {
            return Verdict.no();
        }
        String why = String.format("partner similarity %.2f, title similarity %.2f, signed %d day(s) apart",
                partner, title, gap);
        return new Verdict(score >= MatchRules.PARTNER_SAME, score < MatchRules.PARTNER_SAME, score,
                "partner+signing-date", why);
    }

    private Verdict aid(Node a, Node b, long gap) {
        if (gap > MatchRules.AID_WINDOW_DAYS) {
            return Verdict.no();
        }
        double title = JW.apply(titleKey(a), titleKey(b));
        if (title < MatchRules.TITLE_UNSURE) {
            return Verdict.no();
        }
        String da = partnerKey(a);
        String db = partnerKey(b);
        double donor = da.isEmpty() || db.isEmpty() ? 1.0 : similarity(da, db);
        String why = String.format("project title similarity %.2f, donor similarity %.2f", title, donor);
        if (title >= MatchRules.TITLE_SAME && donor >= MatchRules.PARTNER_SAME) {
            return new Verdict(true, false, Math.min(title, donor), "title+donor", why);
        }
        return new Verdict(false, true, title, "title+donor", why);
    }

    private String titleKey(Node n) {
        if (n.titleKey == null) {
            n.titleKey = titleKey(n.candidate.row().title());
        }
        return n.titleKey;
    }

    private String partnerKey(Node n) {
        if (n.partnerKey == null) {
            n.partnerKey = partners.key(n.candidate.row().partner());
        }
        return n.partnerKey;
    }

    /** The best agreement between the two rows' partners, or their delegation names when a partner is missing. */
    private double partnerSimilarity(Node a, Node b) {
        List<String> ka = names(a);
        List<String> kb = names(b);
        double best = 0;
        for (int i = 0; i < ka.size(); i++) {
            for (int j = 0; j < kb.size(); j++) {
                // different numbers in the names: 0 whatever the rest (see similarity), decided before any string work
                if (a.nameDigits.get(i).equals(b.nameDigits.get(j))) {
                    best = Math.max(best, similarity(ka.get(i), kb.get(j)));
                }
            }
        }
        return best;
    }

    private List<String> names(Node n) {
        if (n.names == null) {
            n.names = computeNames(n.candidate);
            List<String> digits = new ArrayList<>(n.names.size());
            for (String name : n.names) {
                digits.add(digits(name));
            }
            n.nameDigits = digits;
        }
        return n.names;
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
