package vn.hatinh.consolidator.consolidate;

import java.util.List;

public record ConsolidationResult(List<ConsolidatedRecord> records, List<ReviewPair> reviewPairs) {
}
