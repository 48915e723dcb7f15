package vn.hatinh.consolidator.consolidate;

public record ReviewDecision(String sourceKeyA, String sourceKeyB, Kind kind) {
    public enum Kind { MERGE, SPLIT }
}
