package vn.hatinh.consolidator.consolidate;

/**
 * Every threshold of the matcher in one place. Similarities are Jaro-Winkler on comparable keys (0..1); windows are
 * in days between start dates.
 */
final class MatchRules {

    /** Reporters disagree by a day or two on dates: rows further apart are never the same event. */
    static final int DELEGATION_WINDOW_DAYS = 3;
    static final int SEMINAR_WINDOW_DAYS = 3;
    static final int AGREEMENT_WINDOW_DAYS = 3;
    static final int AID_WINDOW_DAYS = 45;
    /** Same decision number: the same trip even if a reporter's dates are off by more. */
    static final int DECISION_WINDOW_DAYS = 20;

    /** Partner keys at least this similar name the same partner. */
    static final double PARTNER_SAME = 0.90;
    /** Between this and PARTNER_SAME an operator decides (review list). */
    static final double PARTNER_UNSURE = 0.80;
    static final double TITLE_SAME = 0.90;
    static final double TITLE_UNSURE = 0.80;

    /** A record is flagged when its sources disagree by more than this. */
    static final int COUNT_TOLERANCE = 2;
    static final int DATE_TOLERANCE_DAYS = 1;

    private MatchRules() {
    }
}
