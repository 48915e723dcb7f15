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

    private final PartnerGazetteer partners;
    private final MatchModel model;

    /** A matcher that estimates its parameters from the rows it is given ({@link #consolidate}). */
    public Consolidator(PartnerGazetteer partners) {
        this(partners, null);
    }

    /** A matcher with given parameters (estimated earlier, or kept in the store). */
    public Consolidator(PartnerGazetteer partners, MatchModel model) {
        this.partners = partners;
        this.model = model;
    }

    public PartnerGazetteer partners() {
        return partners;
    }

    public MatchModel model() {
        return model;
    }

    /** The same matcher with other parameters. */
    public Consolidator with(MatchModel other) {
        return new Consolidator(partners, other);
    }

    /** Estimates the parameters from these rows (all of them, or a bounded sample of a larger folder). */
    public MatchModel estimate(Iterable<Candidate> candidates) {
        MatchModel.Estimator estimator = new MatchModel.Estimator(partners);
        candidates.forEach(estimator::accept);
        return estimator.estimate();
    }

    /**
     * Consolidates a whole list at once (tests and small inputs); the job streams through {@link #start}. Without
     * parameters of its own, the matcher estimates them from the list first.
     */
    public ConsolidationResult consolidate(List<Candidate> candidates, List<ReviewDecision> decisions) {
        Consolidator matcher = model != null ? this : with(estimate(candidates));
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparing(Node::dayOf).thenComparingLong(Candidate::sourceRowId));
        List<ConsolidatedRecord> records = new ArrayList<>();
        List<ReviewPair> review = new ArrayList<>();
        ConsolidationRun run = matcher.start(decisions, new ConsolidationSink() {
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
        // without parameters (a matcher built for a few rows), the stated priors decide
        return new ConsolidationRun(model != null ? this : with(MatchModel.priors()), decisions, sink);
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
        RecordType type = a.candidate.row().type();
        if (type == RecordType.CONSULAR || gap > MatchModel.window(type)) {
            return Verdict.no();
        }
        if (a.decisionKey != null && b.decisionKey != null) {
            // equal numbers were joined by key; different numbers are different trips
            return Verdict.no();
        }
        Features fa = features(a);
        Features fb = features(b);
        if (!comparable(fa, fb) || numbersDiffer(fa, fb)) {
            return Verdict.no();
        }
        MatchModel.TypeParameters p = model.of(type);
        MatchModel.Field first = MatchModel.fieldsOf(type).get(0);
        if (!model.canReach(type, MatchModel.level(first, fa, fb, gap, p.weights()), MatchRules.REVIEW_PROBABILITY)) {
            return Verdict.no();
        }
        int[] levels = MatchModel.levels(fa, fb, gap, p.weights());
        MatchModel.Score score = model.score(type, levels);
        if (score.probability() < MatchRules.REVIEW_PROBABILITY) {
            return Verdict.no();
        }
        boolean same = score.probability() >= MatchRules.MERGE_PROBABILITY;
        return new Verdict(same, !same, score.probability(), "fellegi-sunter", Evidence.explain(type, score, gap));
    }

    /** Two known, different countries are never one event (for an embassy, the country it represents). */
    static boolean comparable(Features a, Features b) {
        if (a.countries().isEmpty() || b.countries().isEmpty()) {
            return true;
        }
        for (String c : a.countries()) {
            if (b.countries().contains(c)) {
                return true;
            }
        }
        return false;
    }

    /** For the benchmark: what computing one row's comparison features costs. */
    public static Object featuresForBenchmark(Candidate c, PartnerGazetteer gazetteer) {
        return Features.of(c, gazetteer);
    }

    /** Names whose numbers differ are different partners ("Trường số 2", "Trường số 3"), however alike the rest. */
    static boolean numbersDiffer(Features a, Features b) {
        if (a.names().isEmpty() || b.names().isEmpty()) {
            return false;
        }
        for (String da : a.nameDigits()) {
            for (String db : b.nameDigits()) {
                if (da.equals(db)) {
                    return false;
                }
            }
        }
        return true;
    }

    private Features features(Node n) {
        if (n.features == null) {
            n.features = Features.of(n.candidate, partners);
        }
        return n.features;
    }

    /** Seminar and project titles: folded, "HT"/"HN" spelled out, a trailing year dropped. */
    static String titleKey(String title) {
        return Features.titleKey(title);
    }
}
