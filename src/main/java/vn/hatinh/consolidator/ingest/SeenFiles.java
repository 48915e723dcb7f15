package vn.hatinh.consolidator.ingest;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * What earlier scans of one inbox recorded, read in one query when a scan starts: a file seen before with the same
 * size and modification time, or a file ignored before, is passed over without a query of its own. A province's inbox
 * keeps years of files, nearly all of them unchanged at each run (545 files in the dense dev folder: about a second
 * of queries a run, one per file).
 */
record SeenFiles(Set<Unchanged> unchanged, Set<String> ignoredPaths) {

    /** A file as a scan recorded it: its path in the inbox, its size and its modification time to the millisecond. */
    record Unchanged(String path, long size, LocalDateTime modifiedAt) {
    }

    boolean seenUnchanged(String path, long size, LocalDateTime modifiedAt) {
        return unchanged.contains(new Unchanged(path, size, modifiedAt));
    }

    boolean ignored(String path) {
        return ignoredPaths.contains(path);
    }
}
