package vn.hatinh.consolidator.support;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A workbook no spreadsheet program would write, as raw OOXML: a first row 16,384 columns wide (Excel's limit) and a
 * second row whose one cell holds 10 MB of text (Excel itself caps a cell at 32,767 characters).
 */
public final class WideAndLongWorkbook {

    private WideAndLongWorkbook() {
    }

    public static Path write(Path file) throws Exception {
        Files.createDirectories(file.getParent());
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
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String text) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
