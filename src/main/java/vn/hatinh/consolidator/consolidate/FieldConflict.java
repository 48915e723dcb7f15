package vn.hatinh.consolidator.consolidate;

import java.util.List;

/**
 * Sources disagree on a field beyond tolerance.
 *
 * @param field  the SourceRow component name ("count", "start", ...)
 * @param values one entry per source: "UNIT (path, row N): value"
 */
public record FieldConflict(String field, List<String> values) {
}
