package vn.hatinh.consolidator.consolidate;

import java.time.LocalDate;

import vn.hatinh.consolidator.ingest.RecordType;

/**
 * A closed block: the rows of one type and blocking key whose days follow each other within the matcher's reach.
 * The matcher compares, joins by decision number and lists for review only rows of one type and key at most
 * {@link #reach} days apart, so no row of one block can ever be merged with, or affect the merging of, a row of
 * another block; only an operator merge joins blocks, and the planner treats the blocks it joins as one.
 *
 * @param type  the record type
 * @param key   the blocking key: the country for delegations, the unit for consular work, empty otherwise
 * @param first the first day of the block
 * @param last  the last day of the block
 */
record Block(RecordType type, String key, LocalDate first, LocalDate last) {

    /**
     * The most days two rows of a type may lie apart and still be compared, joined by decision number or listed
     * for review: the largest of the windows the matcher uses for the type. Consular work is never matched: a
     * unit's month is its block.
     */
    static int reach(RecordType type) {
        return switch (type) {
            case OUTBOUND -> Math.max(Math.max(MatchRules.DELEGATION_WINDOW_DAYS, MatchModel.window(type)),
                    MatchRules.DECISION_WINDOW_DAYS);
            case INBOUND -> Math.max(MatchRules.DELEGATION_WINDOW_DAYS, MatchModel.window(type));
            case SEMINAR -> Math.max(MatchRules.SEMINAR_WINDOW_DAYS, MatchModel.window(type));
            case AGREEMENT -> Math.max(MatchRules.AGREEMENT_WINDOW_DAYS, MatchModel.window(type));
            case AID -> Math.max(MatchRules.AID_WINDOW_DAYS, MatchModel.window(type));
            case CONSULAR -> 0;
        };
    }
}
