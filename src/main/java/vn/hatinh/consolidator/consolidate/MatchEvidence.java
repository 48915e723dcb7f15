package vn.hatinh.consolidator.consolidate;

/**
 * Why two source rows were put in the same record.
 *
 * @param rule        a short rule name ("decision-number", "country+partner+date", "operator-merge", ...)
 * @param score       the similarity score that decided it, 0..1
 * @param explanation which fields agreed and how closely, in plain English for the operator
 */
public record MatchEvidence(long sourceRowIdA, long sourceRowIdB, String rule, double score, String explanation) {
}
