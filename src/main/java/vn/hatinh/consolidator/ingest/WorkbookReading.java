package vn.hatinh.consolidator.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * What a workbook says about itself, beyond its rows.
 *
 * @param declaredUnit  the "Đơn vị báo cáo" text, raw, or null
 * @param period        the declared period, or null
 * @param periodLabel   the period as written ("Quý I/2021"), or null
 * @param preparedOn    "Ngày lập" or the date line above the signatures, or null
 * @param tables        the tables found
 */
public record WorkbookReading(String declaredUnit, Period period, String periodLabel, LocalDate preparedOn,
                              List<FoundTable> tables) {

    /** A table found in a sheet: its header row and its column texts as the unit wrote them. */
    public record FoundTable(String sheet, int headerRow, RecordType type, List<String> headerCells) {
    }
}
