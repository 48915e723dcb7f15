package vn.hatinh.consolidator.consolidate;

import java.util.List;

@org.springframework.stereotype.Component
public class Consolidator {
    public ConsolidationResult consolidate(List<Candidate> candidates, List<ReviewDecision> decisions) {
        List<ConsolidatedRecord> records = new java.util.ArrayList<>();
        int i = 0;
        for (Candidate c : candidates) {
            records.add(new ConsolidatedRecord("X-" + (++i), c.row().type(), c.row(), List.of(c), List.of(), List.of()));
        }
        return new ConsolidationResult(records, List.of());
    }
}
