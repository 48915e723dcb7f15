package vn.hatinh.consolidator.consolidate;

import java.util.List;

import vn.hatinh.consolidator.ingest.RecordType;
import vn.hatinh.consolidator.ingest.SourceRow;

/**
 * One real event (or, for consular work, one unit-month), with every source row that contributed to it.
 *
 * @param id        type prefix and a digest of its smallest source key ("O-3f9a2c71d0e4b5a6"): the same for as
 *                  long as its sources are, whichever run computed the record
 * @param chosen    the consolidated values, each field from the highest-precedence source
 * @param sources   the contributing rows, highest precedence first
 * @param conflicts fields on which sources disagree beyond tolerance
 * @param evidence  why the sources were merged (empty for a single source)
 */
public record ConsolidatedRecord(String id, RecordType type, SourceRow chosen, List<Candidate> sources,
                                 List<FieldConflict> conflicts, List<MatchEvidence> evidence) {
}
