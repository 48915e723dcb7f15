package vn.hatinh.consolidator.ingest;

import vn.hatinh.consolidator.ingest.table.TableRow;

/**
 * What flows through the read step: a file's start and end travel with its rows, so that clearing what an earlier
 * attempt left and settling the file's status commit in the same chunk transactions as its rows.
 */
public sealed interface WorkbookItem {

    long submissionId();

    /** A file is read from its first row: rows an abandoned earlier attempt stored for it are removed. */
    record FileStarted(long submissionId) implements WorkbookItem {
    }

    /** A row found under a table header, not yet parsed. */
    record RowFound(long submissionId, TableRow row) implements WorkbookItem {
    }

    /** A row parsed and validated: accepted, or rejected with its reason. */
    record RowChecked(long submissionId, ParsedRow row) implements WorkbookItem {
    }

    /**
     * The end of a file: what it declares about itself, or the reason the whole file is rejected (then its rows are
     * removed and {@code reading} is null).
     */
    record FileRead(long submissionId, WorkbookReading reading, String rejection) implements WorkbookItem {

        static FileRead rejected(long submissionId, String reason) {
            return new FileRead(submissionId, null, reason);
        }
    }
}
