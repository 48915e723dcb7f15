package vn.hatinh.consolidator.ingest.workbook;

/**
 * How much a submitted file may cost before it is refused. Defaults suit the largest real report by far (a million
 * rows) while refusing bombs before they cost memory or time.
 *
 * @param maxFileBytes      the file on disk
 * @param maxXlsBytes       a binary .xls is read whole into memory, so it is held to less
 * @param maxEntryBytes     one part of an .xlsx once inflated (a sheet of a million rows is a few hundred MB)
 * @param minInflateRatio   compressed/inflated below this is a zip bomb (a long sheet of strings compresses ~120:1,
 *                          a bomb 1000:1 or more)
 * @param maxRows           rows per sheet
 * @param maxColumns        columns per row (Excel's own limit)
 * @param maxCellChars      text kept per cell; longer text is cut, never accumulated
 * @param maxSheets         worksheets per workbook
 */
public record ReadLimits(long maxFileBytes, long maxXlsBytes, long maxEntryBytes, double minInflateRatio,
                         int maxRows, int maxColumns, int maxCellChars, int maxSheets) {

    public static ReadLimits defaults() {
        return new ReadLimits(512L << 20, 64L << 20, 2L << 30, 0.002, 2_000_000, 16_384, 32_767, 300);
    }
}
