package vn.hatinh.consolidator.consolidate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import vn.hatinh.consolidator.ingest.RecordType;

/**
 * A candidate while a consolidation run holds it: its matching keys, computed once, and its place in the union-find
 * of clusters. Only the root of a cluster carries the cluster's state.
 */
final class Node {

    /** The day a row sorts and is compared by: its start date, else its month's first day, else year 1. */
    static LocalDate dayOf(Candidate c) {
        if (c.row().start() != null) {
            return c.row().start();
        }
        YearMonth month = c.row().month();
        return month != null ? month.atDay(1) : LocalDate.of(1, 1, 1);
    }

    final Candidate candidate;
    final LocalDate day;
    /** The outbound decision number's comparable key, or null. */
    final String decisionKey;
    /** Rows are only ever compared within a block: the type, and the country for delegations. */
    final String block;

    Node parent = this;
    Cluster cluster;
    boolean emitted;
    List<PendingPair> pairs;
    /** What the row is compared by, computed when first compared. */
    Features features;

    Node(Candidate candidate) {
        this.candidate = candidate;
        this.day = dayOf(candidate);
        RecordType type = candidate.row().type();
        this.decisionKey = type == RecordType.OUTBOUND ? DecisionNumbers.key(candidate.row().decision()) : null;
        String country = type == RecordType.OUTBOUND || type == RecordType.INBOUND
                ? String.valueOf(candidate.row().country()) : "";
        this.block = type + "|" + country;
        this.cluster = new Cluster(this);
    }

    Node root() {
        Node n = this;
        while (n.parent != n) {
            n.parent = n.parent.parent;
            n = n.parent;
        }
        return n;
    }

    String key() {
        return candidate.sourceKey();
    }

    void addPair(PendingPair pair) {
        if (pairs == null) {
            pairs = new ArrayList<>(2);
        }
        pairs.add(pair);
    }

    /** The state of a cluster, kept on its root. */
    static final class Cluster {
        final List<Node> members = new ArrayList<>(2);
        final List<MatchEvidence> evidence = new ArrayList<>(1);
        String decisionKey;
        boolean twoDecisionKeys;
        LocalDate first;
        LocalDate last;
        int evicted;

        Cluster(Node node) {
            members.add(node);
            decisionKey = node.decisionKey;
            first = node.candidate.row().start();
            last = first;
        }
    }

    /** A pair the matcher was unsure about; it reaches the review list only if its rows end in different records. */
    static final class PendingPair {
        final Node a;
        final Node b;
        final ReviewPair pair;
        boolean resolved;

        PendingPair(Node a, Node b, ReviewPair pair) {
            this.a = a;
            this.b = b;
            this.pair = pair;
        }
    }
}
