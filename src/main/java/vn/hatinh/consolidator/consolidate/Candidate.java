package vn.hatinh.consolidator.consolidate;

import vn.hatinh.consolidator.ingest.SourceRow;

/**
 * An accepted source row that counts now, with what consolidation needs to know about where it came from.
 *
 * @param sourceRowId    the row's id in the store
 * @param sourceKey      a stable identity of the row across runs (content hash of the file, sheet and row number);
 *                       operator review decisions refer to rows by this key
 * @param unit           the reporting unit's code
 * @param unitLevel      the unit's registry level: 1 (SNGV) wins over 2 (departments) over 3 (districts)
 * @param submissionRank higher means a more recent submission (prepared date, then file time, then ingestion order)
 * @param path           the file path relative to the inbox
 */
public record Candidate(long sourceRowId, String sourceKey, String unit, int unitLevel, long submissionRank,
                        String path, SourceRow row) {
}
