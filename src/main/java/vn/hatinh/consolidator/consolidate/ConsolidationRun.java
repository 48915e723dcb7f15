package vn.hatinh.consolidator.consolidate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

import vn.hatinh.consolidator.ingest.RecordType;

/**
 * One consolidation over candidates that arrive sorted by day ({@link Node#dayOf}) within each type; types may
 * interleave. Rows are compared only within a block and a window of days, and a cluster can only grow while one of
 * its rows is within that reach of the stream, so a record is emitted as soon as no later row can join it and the
 * run holds only the last few weeks of rows, whatever the total. Clusters are joined only when every constraint
 * still holds for the whole cluster (at most one decision number, dates within the limit, no operator split), so a
 * chain of look-alikes cannot glue two events together; operator merges are applied at the end and override all but
 * an operator split. Records leave in (type, start, smallest source key) order through a small reorder buffer; their
 * ids come from their sources ({@link #idOf}).
 */
public final class ConsolidationRun {

    private static final int SWEEP_EVERY = 4096;
    private static final Comparator<ConsolidatedRecord> ID_ORDER = Comparator
            .comparing(ConsolidationRun::orderDay).thenComparing(ConsolidationRun::smallestKey);

    private final Consolidator matcher;
    private final ConsolidationSink sink;
    private final List<ReviewDecision> decisions;
    private final Map<String, Set<String>> splits = new HashMap<>();
    private final List<String[]> merges = new ArrayList<>();
    private final Set<String> decidedKeys = new HashSet<>();
    private final Set<String> mergeKeys = new HashSet<>();
    private final Map<String, Node> nodeOfDecidedKey = new HashMap<>();
    private final Map<RecordType, TypeStream> streams = new EnumMap<>(RecordType.class);
    private final Map<String, Candidate> consular = new LinkedHashMap<>();
    private final List<Node> held = new ArrayList<>();
    /** The pairs of records already on the review list: one item per pair of records, not per pair of rows. */
    private final Set<String> reviewedRecordPairs = new HashSet<>();
    private long rows;
    private long records;
    private long reviewPairs;
    private boolean finished;

    ConsolidationRun(Consolidator matcher, List<ReviewDecision> decisions, ConsolidationSink sink) {
        this.matcher = matcher;
        this.sink = sink;
        this.decisions = decisions;
        for (ReviewDecision d : decisions) {
            decidedKeys.add(d.sourceKeyA());
            decidedKeys.add(d.sourceKeyB());
            if (d.kind() == ReviewDecision.Kind.SPLIT) {
                splits.computeIfAbsent(d.sourceKeyA(), k -> new HashSet<>()).add(d.sourceKeyB());
                splits.computeIfAbsent(d.sourceKeyB(), k -> new HashSet<>()).add(d.sourceKeyA());
            } else {
                merges.add(new String[] {d.sourceKeyA(), d.sourceKeyB()});
                mergeKeys.add(d.sourceKeyA());
                mergeKeys.add(d.sourceKeyB());
            }
        }
    }

    /** What one run did. */
    public record Totals(long rows, long records, long reviewPairs) {
    }

    public void accept(Candidate c) {
        if (finished) {
            throw new IllegalStateException("the run is finished");
        }
        rows++;
        if (c.row().type() == RecordType.CONSULAR) {
            acceptConsular(c);
            return;
        }
        Node node = new Node(c);
        if (decidedKeys.contains(node.key())) {
            nodeOfDecidedKey.put(node.key(), node);
        }
        streams.computeIfAbsent(c.row().type(), TypeStream::new).accept(node);
    }

    /** Emits everything still held; the run takes no more candidates after this. */
    public Totals finish() {
        finished = true;
        for (TypeStream s : streams.values()) {
            s.drain();
        }
        applyMerges();
        for (Node root : held) {
            if (root.parent == root) {
                streams.get(root.candidate.row().type()).ready(root);
            }
        }
        for (Node root : held) {
            markEmitted(root);
        }
        for (Node root : held) {
            resolvePairs(root);
        }
        for (TypeStream s : streams.values()) {
            s.release(LocalDate.MAX);
        }
        emitConsular();
        return new Totals(rows, records, reviewPairs);
    }

    /** Consular counts are never merged across units; a later submission for the same unit and month replaces. */
    private void acceptConsular(Candidate c) {
        String key = c.unit() + "|" + c.row().month();
        Candidate seen = consular.get(key);
        if (seen == null || c.submissionRank() > seen.submissionRank()
                || c.submissionRank() == seen.submissionRank() && c.sourceRowId() > seen.sourceRowId()) {
            consular.put(key, c);
        }
    }

    private void emitConsular() {
        List<Candidate> latest = new ArrayList<>(consular.values());
        latest.sort(Comparator.comparing(Node::dayOf).thenComparing(Candidate::sourceKey));
        for (Candidate c : latest) {
            emit(new ConsolidatedRecord(null, RecordType.CONSULAR, c.row(), List.of(c), List.of(), List.of()));
        }
    }

    private void emit(ConsolidatedRecord r) {
        sink.record(new ConsolidatedRecord(idOf(r.type(), r.sources()), r.type(), r.chosen(), r.sources(),
                r.conflicts(), r.evidence()));
        records++;
    }

    /**
     * A record's id: its type and the first 16 hex digits of the SHA-256 of its smallest source key. A row is in one
     * record only, so two records share an id only if two such digests collide (about 3 in 100 million for a million
     * records). The id depends on the record's content alone, not on the order rows were stored in: a record whose
     * sources did not change keeps its id across incremental runs, rebuilds and a crashed and resumed ingest.
     */
    static String idOf(RecordType type, List<Candidate> sources) {
        String smallest = null;
        for (Candidate c : sources) {
            smallest = smallest == null || c.sourceKey().compareTo(smallest) < 0 ? c.sourceKey() : smallest;
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(smallest.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return prefix(type) + "-" + java.util.HexFormat.of().formatHex(digest, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- clusters

    private boolean union(Node a, Node b, MatchEvidence why) {
        Node ra = a.root();
        Node rb = b.root();
        if (ra == rb) {
            return true;
        }
        if (!compatible(ra.cluster, rb.cluster) || splitBetween(ra, rb)) {
            return false;
        }
        join(ra, rb);
        ra.cluster.evidence.add(why);
        return true;
    }

    private static boolean compatible(Node.Cluster a, Node.Cluster b) {
        boolean twoKeys = a.twoDecisionKeys || b.twoDecisionKeys
                || a.decisionKey != null && b.decisionKey != null && !a.decisionKey.equals(b.decisionKey);
        if (twoKeys) {
            return false;
        }
        if (a.first != null && b.first != null) {
            LocalDate first = a.first.isBefore(b.first) ? a.first : b.first;
            LocalDate last = a.last.isAfter(b.last) ? a.last : b.last;
            RecordType type = a.members.get(0).candidate.row().type();
            boolean oneKey = a.decisionKey != null || b.decisionKey != null;
            long limit = type == RecordType.AID ? MatchRules.AID_WINDOW_DAYS
                    : oneKey ? MatchRules.DECISION_WINDOW_DAYS : 2L * MatchRules.DELEGATION_WINDOW_DAYS;
            return ChronoUnit.DAYS.between(first, last) <= limit;
        }
        return true;
    }

    private boolean splitBetween(Node ra, Node rb) {
        if (splits.isEmpty()) {
            return false;
        }
        boolean aSmaller = ra.cluster.members.size() <= rb.cluster.members.size();
        List<Node> small = aSmaller ? ra.cluster.members : rb.cluster.members;
        Node other = aSmaller ? rb : ra;
        for (Node n : small) {
            for (String partner : splits.getOrDefault(n.key(), Set.of())) {
                Node j = nodeOfDecidedKey.get(partner);
                if (j != null && j.root() == other) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void join(Node ra, Node rb) {
        Node.Cluster a = ra.cluster;
        Node.Cluster b = rb.cluster;
        rb.parent = ra;
        rb.cluster = null;
        a.twoDecisionKeys = a.twoDecisionKeys || b.twoDecisionKeys
                || a.decisionKey != null && b.decisionKey != null && !a.decisionKey.equals(b.decisionKey);
        a.decisionKey = a.decisionKey != null ? a.decisionKey : b.decisionKey;
        if (a.first == null) {
            a.first = b.first;
            a.last = b.last;
        } else if (b.first != null) {
            a.first = a.first.isBefore(b.first) ? a.first : b.first;
            a.last = a.last.isAfter(b.last) ? a.last : b.last;
        }
        a.members.addAll(b.members);
        a.evidence.addAll(b.evidence);
        a.evicted += b.evicted;
    }

    /** Operator merges, applied after matching: they override every constraint but an operator split. */
    private void applyMerges() {
        for (String[] m : merges) {
            Node a = nodeOfDecidedKey.get(m[0]);
            Node b = nodeOfDecidedKey.get(m[1]);
            if (a == null || b == null || a.candidate.row().type() != b.candidate.row().type()) {
                continue;
            }
            Node ra = a.root();
            Node rb = b.root();
            if (ra != rb && !splitBetween(ra, rb)) {
                join(ra, rb);
                ra.cluster.evidence.add(new MatchEvidence(a.candidate.sourceRowId(), b.candidate.sourceRowId(),
                        "operator-merge", 1.0, "merged by the operator (review merge)"));
            }
        }
    }

    /** A cluster none of whose rows any later row can reach: emitted, or held for an operator merge. */
    private void finalCluster(Node root) {
        for (Node n : root.cluster.members) {
            if (mergeKeys.contains(n.key())) {
                held.add(root);
                return;
            }
        }
        streams.get(root.candidate.row().type()).ready(root);
        markEmitted(root);
        resolvePairs(root);
    }

    private static void markEmitted(Node root) {
        if (root.cluster != null) {
            for (Node n : root.cluster.members) {
                n.emitted = true;
            }
        }
    }

    /** Review pairs whose rows are both in emitted records: kept only if they ended in different records. */
    private void resolvePairs(Node root) {
        if (root.cluster == null) {
            return;
        }
        for (Node n : root.cluster.members) {
            if (n.pairs == null) {
                continue;
            }
            for (Node.PendingPair p : n.pairs) {
                if (!p.resolved && p.a.emitted && p.b.emitted) {
                    p.resolved = true;
                    Node ra = p.a.root();
                    Node rb = p.b.root();
                    if (ra != rb && reviewedRecordPairs.add(recordPair(ra, rb))) {
                        sink.reviewPair(p.pair);
                        reviewPairs++;
                    }
                }
            }
            n.pairs = null;
        }
    }

    /** Two records by their roots' stable keys, in a fixed order. */
    private static String recordPair(Node ra, Node rb) {
        String a = ra.key();
        String b = rb.key();
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }

    private boolean decided(ReviewPair p) {
        if (!decidedKeys.contains(p.sourceKeyA()) || !decidedKeys.contains(p.sourceKeyB())) {
            return false;
        }
        for (ReviewDecision d : decisions) {
            if (d.sourceKeyA().equals(p.sourceKeyA()) && d.sourceKeyB().equals(p.sourceKeyB())
                    || d.sourceKeyA().equals(p.sourceKeyB()) && d.sourceKeyB().equals(p.sourceKeyA())) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate orderDay(ConsolidatedRecord r) {
        if (r.chosen().start() != null) {
            return r.chosen().start();
        }
        LocalDate min = LocalDate.MAX;
        for (Candidate c : r.sources()) {
            LocalDate d = Node.dayOf(c);
            min = d.isBefore(min) ? d : min;
        }
        return min;
    }

    private static String smallestKey(ConsolidatedRecord r) {
        String min = null;
        for (Candidate c : r.sources()) {
            min = min == null || c.sourceKey().compareTo(min) < 0 ? c.sourceKey() : min;
        }
        return min == null ? "" : min;
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

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    /** The rows of one type, in day order. */
    private final class TypeStream {

        private final RecordType type;
        private final int window;
        /** How many days after its own day a compared row may still be joined: by a later same decision number. */
        private final int reach;
        /** The longest a cluster may span, so records that start before the oldest held row minus this are final. */
        private final int span;
        private final Map<String, Block> blocks = new LinkedHashMap<>();
        private final Map<String, Node> lastOfDecision = new HashMap<>();
        private final PriorityQueue<ConsolidatedRecord> ready = new PriorityQueue<>(ID_ORDER);
        private LocalDate frontier;
        private int arrivals;

        TypeStream(RecordType type) {
            this.type = type;
            this.window = switch (type) {
                case AID -> MatchRules.AID_WINDOW_DAYS;
                case SEMINAR -> MatchRules.SEMINAR_WINDOW_DAYS;
                case AGREEMENT -> MatchRules.AGREEMENT_WINDOW_DAYS;
                default -> MatchRules.DELEGATION_WINDOW_DAYS;
            };
            this.reach = type == RecordType.OUTBOUND ? MatchRules.DECISION_WINDOW_DAYS : -1;
            // as in compatible(): the longest a cluster of this type may span, plus the window it is compared over
            this.span = switch (type) {
                case AID -> MatchRules.AID_WINDOW_DAYS;
                case OUTBOUND -> Math.max(MatchRules.DECISION_WINDOW_DAYS, 2 * MatchRules.DELEGATION_WINDOW_DAYS);
                default -> 2 * MatchRules.DELEGATION_WINDOW_DAYS;
            } + window;
        }

        void accept(Node node) {
            if (frontier != null && node.day.isBefore(frontier)) {
                throw new IllegalArgumentException("candidates of a type must arrive in day order: "
                        + node.key() + " (" + node.day + ") after " + frontier);
            }
            frontier = node.day;
            Block block = blocks.computeIfAbsent(node.block, k -> new Block());
            block.processHeads(frontier);
            joinByDecision(node);
            block.pending.addLast(node);
            block.evict(frontier);
            if (++arrivals % SWEEP_EVERY == 0) {
                sweep();
            }
        }

        /** The same decision number is the same trip: joined with the previous row of that number, not by scanning. */
        private void joinByDecision(Node node) {
            if (node.decisionKey == null) {
                return;
            }
            String key = node.candidate.row().country() + "|" + node.decisionKey;
            Node previous = lastOfDecision.put(key, node);
            if (previous != null) {
                long gap = days(previous.day, node.day);
                if (gap <= MatchRules.DECISION_WINDOW_DAYS) {
                    union(previous, node, new MatchEvidence(previous.candidate.sourceRowId(),
                            node.candidate.sourceRowId(), "decision-number", 1.0, "same decision number "
                            + node.decisionKey + ", start dates " + gap + " day(s) apart, same country "
                            + node.candidate.row().country()));
                }
            }
        }

        private void sweep() {
            for (Block b : blocks.values()) {
                b.processHeads(frontier);
                b.evict(frontier);
            }
            blocks.values().removeIf(Block::isEmpty);
            release(watermark());
        }

        void drain() {
            for (Block b : blocks.values()) {
                b.processHeads(LocalDate.MAX);
                b.evict(LocalDate.MAX);
            }
            blocks.clear();
        }

        /** No record still to come can start before this day. */
        private LocalDate watermark() {
            LocalDate oldest = frontier;
            for (Block b : blocks.values()) {
                oldest = b.oldest(oldest);
            }
            return oldest.minusDays(span);
        }

        void ready(Node root) {
            List<Candidate> sources = new ArrayList<>(root.cluster.members.size());
            for (Node n : root.cluster.members) {
                sources.add(n.candidate);
            }
            ready.add(Records.build(null, sources, List.copyOf(root.cluster.evidence)));
        }

        void release(LocalDate before) {
            while (!ready.isEmpty() && orderDay(ready.peek()).isBefore(before)) {
                emit(ready.poll());
            }
            if (before.equals(LocalDate.MAX)) {
                while (!ready.isEmpty()) {
                    emit(ready.poll());
                }
            }
        }

        private void evicted(Node n) {
            if (n.decisionKey != null) {
                lastOfDecision.remove(n.candidate.row().country() + "|" + n.decisionKey, n);
            }
            Node root = n.root();
            if (++root.cluster.evicted == root.cluster.members.size()) {
                finalCluster(root);
            }
        }

        /** One block's rows: those still to be compared with their followers, and those compared but joinable. */
        private final class Block {
            final ArrayDeque<Node> pending = new ArrayDeque<>();
            final ArrayDeque<Node> compared = new ArrayDeque<>();

            /** Compares each pending row whose whole window has arrived (the stream is past it) with its followers. */
            void processHeads(LocalDate now) {
                while (!pending.isEmpty() && (now.equals(LocalDate.MAX) || days(pending.peekFirst().day, now) > window)) {
                    Node head = pending.pollFirst();
                    for (Node follower : pending) {
                        long gap = days(head.day, follower.day);
                        if (gap > window) {
                            break;
                        }
                        Consolidator.Verdict v = matcher.compare(head, follower, gap);
                        if (v.same()) {
                            union(head, follower, v.evidence(head.candidate, follower.candidate));
                        } else if (v.unsure()) {
                            ReviewPair pair = new ReviewPair(head.key(), follower.key(), v.score(), v.explanation());
                            if (!decided(pair)) {
                                Node.PendingPair pending = new Node.PendingPair(head, follower, pair);
                                head.addPair(pending);
                                follower.addPair(pending);
                            }
                        }
                    }
                    compared.addLast(head);
                }
            }

            void evict(LocalDate now) {
                while (!compared.isEmpty()
                        && (now.equals(LocalDate.MAX) || days(compared.peekFirst().day, now) > reach)) {
                    evicted(compared.pollFirst());
                }
            }

            LocalDate oldest(LocalDate than) {
                LocalDate oldest = than;
                if (!compared.isEmpty() && compared.peekFirst().day.isBefore(oldest)) {
                    oldest = compared.peekFirst().day;
                }
                if (!pending.isEmpty() && pending.peekFirst().day.isBefore(oldest)) {
                    oldest = pending.peekFirst().day;
                }
                return oldest;
            }

            boolean isEmpty() {
                return pending.isEmpty() && compared.isEmpty();
            }
        }
    }
}
