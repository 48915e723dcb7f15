package vn.hatinh.consolidator.consolidate;

/**
 * Every threshold of the matcher in one place. Thresholds are match probabilities (MatchModel); windows are in days
 * between start dates.
 */
final class MatchRules {

    /** Reporters disagree by a day or two on dates: rows further apart are never the same event. */
    static final int DELEGATION_WINDOW_DAYS = 3;
    static final int SEMINAR_WINDOW_DAYS = 3;
    static final int AGREEMENT_WINDOW_DAYS = 3;
    static final int AID_WINDOW_DAYS = 45;
    /** Same decision number: the same trip even if a reporter's dates are off by more. */
    static final int DECISION_WINDOW_DAYS = 20;

    /** A pair whose match probability (MatchModel) reaches this is one event. */
    static final double MERGE_PROBABILITY = 0.80;
    /** Between this and MERGE_PROBABILITY an operator decides (review list); below, two events. */
    static final double REVIEW_PROBABILITY = 0.30;

    /** A record is flagged when its sources disagree by more than this. */
    static final int COUNT_TOLERANCE = 2;
    static final int DATE_TOLERANCE_DAYS = 1;

    private MatchRules() {
    }
}
