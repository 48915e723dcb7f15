package vn.hatinh.consolidator.ingest.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import vn.hatinh.consolidator.support.WideAndLongWorkbook;

/**
 * A sheet 16,384 columns wide and a cell of 10 MB of text (written as raw OOXML: Excel itself caps a cell at 32,767
 * characters) are read within bounds: the text is cut to the cap while streaming, never held whole.
 */
class WideAndLongCellTests {

    @Test
    void sixteenThousandColumnsAndATenMegabyteCellStayWithinBounds() throws Exception {
        Path file = WideAndLongWorkbook.write(Path.of("target", "wide", "wide.xlsx"));
        ReadLimits limits = ReadLimits.defaults();
        try (WorkbookContent wb = new WorkbookOpener(limits).open(file); SheetCursor cursor = wb.openSheet(0)) {
            SheetRow wide = cursor.next();
            assertThat(wide.cells()).hasSize(16_384);
            assertThat(wide.cells().get(16_383).column()).isEqualTo(16_383);
            SheetRow longCell = cursor.next();
            assertThat(longCell.cells().get(0).text()).hasSize(limits.maxCellChars()).startsWith("Hà Tĩnh");
            assertThat(cursor.next()).isNull();
        }
    }
}
