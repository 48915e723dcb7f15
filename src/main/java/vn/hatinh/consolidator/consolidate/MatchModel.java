package vn.hatinh.consolidator.consolidate;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import vn.hatinh.consolidator.ingest.RecordType;

/**
 * A Fellegi-Sunter model per record type: each field of a compared pair falls in a comparison level, each level has
 * m (how often the two rows of one real event fall there) and u (how often two rows of different events do), and the
 * pair's match probability follows from the prior λ and the product of m/u over the fields. u is estimated from
 * random pairs of the folder, m and λ by expectation-maximisation over the pairs blocking compares, each shrunk
 * towards a stated prior so a folder of a few rows still gets sensible values. Each field's log-odds contribution is
 * kept as evidence.
 */
public final class MatchModel {

    /** What is compared, and in how many levels; level 0 is always "missing on one side" and weighs nothing. */
    enum Field {
        NAME("tên đối tác/đoàn", 5), TITLE("tên hoạt động", 5), PARTNER("đối tác/nhà tài trợ", 5),
        DATE("ngày", 5), COUNT("số người", 5), DECISION("số văn bản", 3);

        final String vietnamese;
        final int levels;

        Field(String vietnamese, int levels) {
            this.vietnamese = vietnamese;
            this.levels = levels;
        }
    }

    static List<Field> fieldsOf(RecordType type) {
        return switch (type) {
            case INBOUND, OUTBOUND -> List.of(Field.NAME, Field.DATE, Field.COUNT);
            case SEMINAR -> List.of(Field.TITLE, Field.PARTNER, Field.DATE, Field.COUNT, Field.DECISION);
            case AGREEMENT -> List.of(Field.TITLE, Field.PARTNER, Field.DATE);
            case AID -> List.of(Field.TITLE, Field.PARTNER, Field.DATE);
            case CONSULAR -> List.of();
        };
    }

    /** The parameters of one type. m and u are indexed [field ordinal][level]. */
    public record TypeParameters(double lambda, double[][] m, double[][] u, TokenWeights weights, long pairs) {
    }

    private final Map<RecordType, TypeParameters> types;
    private final LocalDateTime estimatedAt;

    public MatchModel(Map<RecordType, TypeParameters> types, LocalDateTime estimatedAt) {
        this.types = types;
        this.estimatedAt = estimatedAt;
    }

    /** The stated priors alone, for a matcher that has not seen any data. */
    public static MatchModel priors() {
        return new MatchModel(Map.of(), null);
    }

    public LocalDateTime estimatedAt() {
        return estimatedAt;
    }

    public Map<RecordType, TypeParameters> types() {
        return types;
    }

    TypeParameters of(RecordType type) {
        TypeParameters p = types.get(type);
        return p != null ? p : priorParameters(type, new TokenWeights(Map.of(), 0));
    }

    // ---- comparison levels

    /** The level of each field of the type for a pair; gap is the days between the two rows. */
    static int[] levels(Features a, Features b, long gap, TokenWeights w) {
        int[] levels = new int[Field.values().length];
        for (Field f : fieldsOf(a.type())) {
            levels[f.ordinal()] = level(f, a, b, gap, w);
        }
        return levels;
    }

    static int level(Field f, Features a, Features b, long gap, TokenWeights w) {
        return switch (f) {
            case NAME -> nameLevel(a, b, w);
            case TITLE -> textLevel(a.title(), b.title(), w);
            case PARTNER -> textLevel(a.partner(), b.partner(), w);
            case DATE -> dateLevel(a.type(), gap);
            case COUNT -> countLevel(a.count(), b.count());
            case DECISION -> a.decisionKey() == null || b.decisionKey() == null ? 0
                    : a.decisionKey().equals(b.decisionKey()) ? 2 : 1;
        };
    }

    private final Map<RecordType, Double> headroom = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Whether a pair whose first field (the name or title) fell in this level could still reach the probability at
     * all, whatever its other fields: the prior, that field's weight and the most every other field can add. Most
     * compared pairs differ in name, and are settled here without comparing the rest.
     */
    boolean canReach(RecordType type, int firstLevel, double probability) {
        TypeParameters p = of(type);
        List<Field> fields = fieldsOf(type);
        Field first = fields.get(0);
        double bound = log2(p.lambda() / (1 - p.lambda()))
                + (firstLevel > 0 ? log2(p.m()[first.ordinal()][firstLevel] / p.u()[first.ordinal()][firstLevel]) : 0)
                + headroom.computeIfAbsent(type, t -> {
                    double sum = 0;
                    for (Field f : fields.subList(1, fields.size())) {
                        double best = 0;
                        for (int l = 1; l < f.levels; l++) {
                            best = Math.max(best, log2(p.m()[f.ordinal()][l] / p.u()[f.ordinal()][l]));
                        }
                        sum += best;
                    }
                    return sum;
                });
        return bound >= log2(probability / (1 - probability));
    }

    /** 1 differ, 2 one mostly inside the other, 3 close, 4 the same words. */
    static int textLevel(List<String> a, List<String> b, TokenWeights w) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return level(w.compare(a, b));
    }

    private static int level(TokenWeights.Agreement g) {
        if (g.dice() >= 0.98) {
            return 4;
        }
        if (g.dice() >= 0.90) {
            return 3;
        }
        if (g.containment() >= 0.95) {
            return 2;
        }
        return 1;
    }

    /** The best agreement of any of the two rows' names; names with different numbers never agree. */
    static int nameLevel(Features a, Features b, TokenWeights w) {
        if (a.names().isEmpty() || b.names().isEmpty()) {
            return 0;
        }
        int best = 1;
        for (int i = 0; i < a.names().size(); i++) {
            for (int j = 0; j < b.names().size(); j++) {
                if (a.nameDigits().get(i).equals(b.nameDigits().get(j))) {
                    best = Math.max(best, level(w.compare(a.names().get(i), b.names().get(j))));
                    if (best < 3 && TokenWeights.sameJoined(a.names().get(i), b.names().get(j))) {
                        best = 3;
                    }
                }
            }
        }
        return best;
    }

    static int dateLevel(RecordType type, long gap) {
        if (type == RecordType.AID) {
            return gap <= 1 ? 4 : gap <= 7 ? 3 : gap <= 20 ? 2 : 1;
        }
        // reporters disagree by a day or two on the same event (spec): both are "close", a third day is "near"
        return gap == 0 ? 4 : gap <= 2 ? 3 : gap == 3 ? 2 : 1;
    }

    static int countLevel(Integer a, Integer b) {
        if (a == null || b == null) {
            return 0;
        }
        int d = Math.abs(a - b);
        return d == 0 ? 4 : d <= MatchRules.COUNT_TOLERANCE ? 3 : d <= 2 * MatchRules.COUNT_TOLERANCE + 1 ? 2 : 1;
    }

    // ---- scoring

    /** A scored pair: the match probability and each field's contribution in log2 odds (Bayes factor). */
    record Score(double probability, double[] contributions, int[] levels) {
    }

    Score score(RecordType type, int[] levels) {
        TypeParameters p = of(type);
        double[] contributions = new double[Field.values().length];
        double total = Math.log(p.lambda() / (1 - p.lambda())) / Math.log(2);
        for (Field f : fieldsOf(type)) {
            int l = levels[f.ordinal()];
            if (l > 0) {
                contributions[f.ordinal()] = log2(p.m()[f.ordinal()][l] / p.u()[f.ordinal()][l]);
                total += contributions[f.ordinal()];
            }
        }
        double probability = 1 / (1 + Math.pow(2, -total));
        return new Score(probability, contributions, levels);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    // ---- priors: what the spec says of reporters, before any data; estimates are shrunk towards them

    private static final double PRIOR_WEIGHT = 20;

    static double[] priorM(Field f) {
        return switch (f) {
            case NAME, TITLE, PARTNER -> new double[] {0, 0.03, 0.04, 0.08, 0.85};
            case DATE -> new double[] {0, 0.03, 0.07, 0.30, 0.60};
            // a count far off is still often the same event: one unit counts guests, another the whole party
            case COUNT -> new double[] {0, 0.05, 0.05, 0.30, 0.60};
            case DECISION -> new double[] {0, 0.02, 0.98};
        };
    }

    static double[] priorU(Field f) {
        return switch (f) {
            case NAME, TITLE, PARTNER -> new double[] {0, 0.90, 0.06, 0.03, 0.01};
            case DATE -> new double[] {0, 0.30, 0.30, 0.25, 0.15};
            case COUNT -> new double[] {0, 0.60, 0.15, 0.15, 0.10};
            case DECISION -> new double[] {0, 0.99, 0.01};
        };
    }

    static TypeParameters priorParameters(RecordType type, TokenWeights weights) {
        double[][] m = new double[Field.values().length][];
        double[][] u = new double[Field.values().length][];
        for (Field f : Field.values()) {
            m[f.ordinal()] = priorM(f);
            u[f.ordinal()] = priorU(f);
        }
        return new TypeParameters(0.3, m, u, weights, 0);
    }

    // ---- estimation

    /** Collects what estimation needs in one pass over the rows: word counts and a bounded random sample. */
    public static final class Estimator {
        static final int SAMPLE_LIMIT = 20_000;
        static final int RANDOM_PAIRS = 10_000;
        static final int EM_ITERATIONS = 30;

        private final PartnerGazetteer gazetteer;
        private final Map<RecordType, TokenWeights.Counter> counters = new EnumMap<>(RecordType.class);
        private final Map<RecordType, List<Candidate>> samples = new EnumMap<>(RecordType.class);
        private final Map<RecordType, Long> seen = new EnumMap<>(RecordType.class);
        private final Random random = new Random(20260101L);

        public Estimator(PartnerGazetteer gazetteer) {
            this.gazetteer = gazetteer;
        }

        public void accept(Candidate c) {
            RecordType type = c.row().type();
            if (type == RecordType.CONSULAR) {
                return;
            }
            Features f = Features.of(c, gazetteer);
            counters.computeIfAbsent(type, t -> new TokenWeights.Counter()).add(f.allTokens());
            long n = seen.merge(type, 1L, Long::sum);
            List<Candidate> sample = samples.computeIfAbsent(type, t -> new ArrayList<>());
            // reservoir sampling: every row equally likely to be kept whatever the total
            if (sample.size() < SAMPLE_LIMIT) {
                sample.add(c);
            } else {
                long k = (long) (random.nextDouble() * n);
                if (k < SAMPLE_LIMIT) {
                    sample.set((int) k, c);
                }
            }
        }

        public MatchModel estimate() {
            Map<RecordType, TypeParameters> types = new EnumMap<>(RecordType.class);
            for (var e : samples.entrySet()) {
                types.put(e.getKey(), estimate(e.getKey(), e.getValue(), counters.get(e.getKey()).weights()));
            }
            return new MatchModel(types, LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS));
        }

        private TypeParameters estimate(RecordType type, List<Candidate> sample, TokenWeights weights) {
            List<Features> rows = new ArrayList<>(sample.size());
            for (Candidate c : sample) {
                rows.add(Features.of(c, gazetteer));
            }
            int fields = Field.values().length;
            double[][] u = new double[fields][];
            double[][] m = new double[fields][];
            Random rnd = new Random(type.ordinal() * 7919L + rows.size());
            // u: random pairs of the folder; the date is compared only inside the window, so its u is the spread of
            // gaps between random rows that fall inside it
            double[][] uCounts = new double[fields][];
            for (Field f : Field.values()) {
                uCounts[f.ordinal()] = new double[f.levels];
            }
            if (rows.size() >= 2) {
                for (int i = 0; i < RANDOM_PAIRS; i++) {
                    Features a = rows.get(rnd.nextInt(rows.size()));
                    Features b = rows.get(rnd.nextInt(rows.size()));
                    if (a == b) {
                        continue;
                    }
                    long gap = Math.abs(ChronoUnit.DAYS.between(a.day(), b.day()));
                    int[] l = levels(a, b, gap, weights);
                    for (Field f : fieldsOf(type)) {
                        if (f != Field.DATE) {
                            uCounts[f.ordinal()][l[f.ordinal()]]++;
                        } else if (gap <= window(type)) {
                            uCounts[f.ordinal()][dateLevel(type, gap)]++;
                        }
                    }
                }
            }
            // a small folder has fewer distinct pairs than are drawn: count each draw for the share it stands for
            double distinct = rows.size() * (rows.size() - 1) / 2.0;
            double scale = Math.min(1, distinct / RANDOM_PAIRS);
            for (Field f : Field.values()) {
                double[] c = uCounts[f.ordinal()];
                for (int l = 0; l < c.length; l++) {
                    c[l] *= scale;
                }
                u[f.ordinal()] = shrink(c, priorU(f));
            }
            // m and λ: expectation-maximisation over the pairs blocking compares, u held fixed
            List<int[]> pairs = blockedPairs(type, rows, weights);
            double lambda = 0.3;
            for (Field f : Field.values()) {
                m[f.ordinal()] = priorM(f);
            }
            double[][] uRandom = new double[fields][];
            for (Field f : Field.values()) {
                uRandom[f.ordinal()] = u[f.ordinal()].clone();
            }
            for (int it = 0; it < EM_ITERATIONS && !pairs.isEmpty(); it++) {
                double[][] mCounts = new double[fields][];
                double[][] nCounts = new double[fields][];
                for (Field f : Field.values()) {
                    mCounts[f.ordinal()] = new double[f.levels];
                    nCounts[f.ordinal()] = new double[f.levels];
                }
                double sum = 0;
                for (int[] l : pairs) {
                    double pm = lambda;
                    double pu = 1 - lambda;
                    for (Field f : fieldsOf(type)) {
                        int level = l[f.ordinal()];
                        if (level > 0) {
                            pm *= m[f.ordinal()][level];
                            pu *= u[f.ordinal()][level];
                        }
                    }
                    double p = pm / (pm + pu);
                    sum += p;
                    for (Field f : fieldsOf(type)) {
                        mCounts[f.ordinal()][l[f.ordinal()]] += p;
                        nCounts[f.ordinal()][l[f.ordinal()]] += 1 - p;
                    }
                }
                lambda = clamp((sum + 0.3 * PRIOR_WEIGHT) / (pairs.size() + PRIOR_WEIGHT));
                for (Field f : Field.values()) {
                    m[f.ordinal()] = shrink(mCounts[f.ordinal()], priorM(f));
                    // the rows blocking compares are not random: two different events in one country and week share
                    // a name less often than random rows do, so u is refined among them, from the random pairs' value
                    u[f.ordinal()] = shrink(nCounts[f.ordinal()], uRandom[f.ordinal()]);
                }
            }
            return new TypeParameters(lambda, m, u, weights, pairs.size());
        }

        /** The comparison levels of every pair blocking compares in the sample (same block, within the window). */
        private static List<int[]> blockedPairs(RecordType type, List<Features> rows, TokenWeights weights) {
            List<Features> sorted = new ArrayList<>(rows);
            sorted.sort(Comparator.comparing((Features f) -> block(f)).thenComparing(Features::day));
            List<int[]> pairs = new ArrayList<>();
            int window = window(type);
            for (int i = 0; i < sorted.size(); i++) {
                Features a = sorted.get(i);
                for (int j = i + 1; j < sorted.size(); j++) {
                    Features b = sorted.get(j);
                    long gap = ChronoUnit.DAYS.between(a.day(), b.day());
                    if (!block(a).equals(block(b)) || gap > window) {
                        break;
                    }
                    if (!Consolidator.comparable(a, b) || Consolidator.numbersDiffer(a, b)) {
                        continue;
                    }
                    pairs.add(levels(a, b, gap, weights));
                }
            }
            return pairs;
        }

        private static String block(Features f) {
            return f.type() == RecordType.INBOUND || f.type() == RecordType.OUTBOUND
                    ? Objects.toString(f.countries().isEmpty() ? null : f.countries().iterator().next()) : "";
        }
    }

    static int window(RecordType type) {
        return switch (type) {
            case AID -> MatchRules.AID_WINDOW_DAYS;
            case SEMINAR -> MatchRules.SEMINAR_WINDOW_DAYS;
            case AGREEMENT -> MatchRules.AGREEMENT_WINDOW_DAYS;
            default -> MatchRules.DELEGATION_WINDOW_DAYS;
        };
    }

    /** Observed level frequencies shrunk towards the prior; level 0 (missing) is not a probability. */
    private static double[] shrink(double[] counts, double[] prior) {
        double total = 0;
        for (int l = 1; l < counts.length; l++) {
            total += counts[l];
        }
        double[] p = new double[counts.length];
        for (int l = 1; l < counts.length; l++) {
            p[l] = (counts[l] + PRIOR_WEIGHT * prior[l]) / (total + PRIOR_WEIGHT);
        }
        return p;
    }

    private static double clamp(double lambda) {
        return Math.max(1e-4, Math.min(0.9999, lambda));
    }
}
