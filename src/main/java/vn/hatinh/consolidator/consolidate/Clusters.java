package vn.hatinh.consolidator.consolidate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.hatinh.consolidator.ingest.RecordType;

/**
 * Union-find over candidates that joins two clusters only when the joined cluster still holds together: at most one
 * decision number, start dates within the window, and no pair the operator split. Operator merges always join.
 */
final class Clusters {

    private final List<Candidate> candidates;
    private final int[] parent;
    private final Map<Integer, Set<String>> decisionKeys = new HashMap<>();
    private final Map<Integer, LocalDate[]> span = new HashMap<>();
    private final Map<Integer, List<Integer>> members = new HashMap<>();
    private final Map<String, Integer> indexOfKey = new HashMap<>();
    private final Map<String, Set<String>> splits = new HashMap<>();
    private final List<String[]> merges = new ArrayList<>();
    private final List<MatchEvidence> evidence = new ArrayList<>();

    Clusters(List<Candidate> candidates, List<ReviewDecision> decisions) {
        this.candidates = candidates;
        this.parent = new int[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            parent[i] = i;
            Candidate c = candidates.get(i);
            indexOfKey.put(c.sourceKey(), i);
            String key = c.row().type() == RecordType.OUTBOUND ? DecisionNumbers.key(c.row().decision()) : null;
            decisionKeys.put(i, key == null ? new HashSet<>() : new HashSet<>(Set.of(key)));
            LocalDate start = c.row().start();
            span.put(i, new LocalDate[] {start, start});
            members.put(i, new ArrayList<>(List.of(i)));
        }
        for (ReviewDecision d : decisions) {
            if (d.kind() == ReviewDecision.Kind.SPLIT) {
                splits.computeIfAbsent(d.sourceKeyA(), k -> new HashSet<>()).add(d.sourceKeyB());
                splits.computeIfAbsent(d.sourceKeyB(), k -> new HashSet<>()).add(d.sourceKeyA());
            } else {
                merges.add(new String[] {d.sourceKeyA(), d.sourceKeyB()});
            }
        }
    }

    int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins the clusters of a and b if the joined cluster stays consistent; returns whether it did. */
    boolean union(int a, int b, MatchEvidence why) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return true;
        }
        if (!compatible(ra, rb)) {
            return false;
        }
        join(ra, rb);
        evidence.add(why);
        return true;
    }

    /** Operator merges, applied after matching: they override every constraint but an operator split. */
    void applyMerges() {
        for (String[] m : merges) {
            Integer a = indexOfKey.get(m[0]);
            Integer b = indexOfKey.get(m[1]);
            if (a == null || b == null || candidates.get(a).row().type() != candidates.get(b).row().type()) {
                continue;
            }
            int ra = find(a);
            int rb = find(b);
            if (ra != rb && !splitBetween(ra, rb)) {
                join(ra, rb);
                evidence.add(new MatchEvidence(candidates.get(a).sourceRowId(), candidates.get(b).sourceRowId(),
                        "operator-merge", 1.0, "merged by the operator (review merge)"));
            }
        }
    }

    private boolean compatible(int ra, int rb) {
        Set<String> keys = new HashSet<>(decisionKeys.get(ra));
        keys.addAll(decisionKeys.get(rb));
        if (keys.size() > 1) {
            return false;
        }
        LocalDate[] sa = span.get(ra);
        LocalDate[] sb = span.get(rb);
        if (sa[0] != null && sb[0] != null) {
            LocalDate first = sa[0].isBefore(sb[0]) ? sa[0] : sb[0];
            LocalDate last = sa[1].isAfter(sb[1]) ? sa[1] : sb[1];
            RecordType type = candidates.get(ra).row().type();
            long limit = type == RecordType.AID ? MatchRules.AID_WINDOW_DAYS
                    : keys.size() == 1 ? MatchRules.DECISION_WINDOW_DAYS : 2L * MatchRules.DELEGATION_WINDOW_DAYS;
            if (ChronoUnit.DAYS.between(first, last) > limit) {
                return false;
            }
        }
        return !splitBetween(ra, rb);
    }

    private boolean splitBetween(int ra, int rb) {
        if (splits.isEmpty()) {
            return false;
        }
        List<Integer> small = members.get(ra).size() <= members.get(rb).size() ? members.get(ra) : members.get(rb);
        int other = small == members.get(ra) ? rb : ra;
        for (int i : small) {
            for (String partner : splits.getOrDefault(candidates.get(i).sourceKey(), Set.of())) {
                Integer j = indexOfKey.get(partner);
                if (j != null && find(j) == other) {
                    return true;
                }
            }
        }
        return false;
    }

    private void join(int ra, int rb) {
        parent[rb] = ra;
        decisionKeys.get(ra).addAll(decisionKeys.remove(rb));
        LocalDate[] sa = span.get(ra);
        LocalDate[] sb = span.remove(rb);
        if (sa[0] == null) {
            span.put(ra, sb);
        } else if (sb[0] != null) {
            sa[0] = sa[0].isBefore(sb[0]) ? sa[0] : sb[0];
            sa[1] = sa[1].isAfter(sb[1]) ? sa[1] : sb[1];
        }
        members.get(ra).addAll(members.remove(rb));
    }

    List<List<Integer>> groups() {
        List<List<Integer>> groups = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> e : members.entrySet()) {
            groups.add(e.getValue());
        }
        return groups;
    }

    private Map<Integer, List<MatchEvidence>> evidenceByRoot;

    List<MatchEvidence> evidenceOf(List<Integer> group) {
        if (evidenceByRoot == null) {
            Map<Long, Integer> indexOfId = new HashMap<>();
            for (int i = 0; i < candidates.size(); i++) {
                indexOfId.put(candidates.get(i).sourceRowId(), i);
            }
            evidenceByRoot = new HashMap<>();
            for (MatchEvidence e : evidence) {
                evidenceByRoot.computeIfAbsent(find(indexOfId.get(e.sourceRowIdA())), k -> new ArrayList<>()).add(e);
            }
        }
        return evidenceByRoot.getOrDefault(find(group.get(0)), List.of());
    }
}
