package vn.hatinh.consolidator.consolidate;

public record ReviewPair(String sourceKeyA, String sourceKeyB, double score, String explanation) {
}
