package vn.hatinh.consolidator.ingest;

import java.util.List;

/**
 * A data row of a detected table after parsing and validation.
 *
 * @param cells     the row's cell texts as the unit typed them, in the table's column order (for feedback)
 * @param row       the parsed row, or null when the row is rejected
 * @param rejection the reason in plain Vietnamese when rejected (e.g. "Ngày đi không hợp lệ: 30/02/2021"),
 *                  otherwise null
 */
public record ParsedRow(RecordType type, String sheet, int rowNumber, List<String> cells, SourceRow row,
                        String rejection) {

    public boolean accepted() {
        return rejection == null;
    }
}
