package vn.hatinh.consolidator.ingest.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/**
 * A sheet 16,384 columns wide and a cell of 10 MB of text (written as raw OOXML: Excel itself caps a cell at 32,767
 * characters) are read within bounds: the text is cut to the cap while streaming, never held whole.
 */
class WideAndLongCellTests {

    @Test
    void sixteenThousandColumnsAndATenMegabyteCellStayWithinBounds() throws Exception {
        Path file = Files.createDirectories(Path.of("target", "wide")).resolve("wide.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    </Types>""");
            put(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""");
            put(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                    <sheets><sheet name="Wide" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            put(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                    </Relationships>""");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            OutputStream out = zip;
            out.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">"""
                    .getBytes(StandardCharsets.UTF_8));
            for (int c = 0; c < 16_384; c++) {
                out.write(("<c t=\"n\"><v>" + c + "</v></c>").getBytes(StandardCharsets.UTF_8));
            }
            out.write("</row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "Hà Tĩnh ".repeat(1024).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 10L << 20; written += chunk.length) {
                out.write(chunk);
            }
            out.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
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

    private static void put(ZipOutputStream zip, String name, String text) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
