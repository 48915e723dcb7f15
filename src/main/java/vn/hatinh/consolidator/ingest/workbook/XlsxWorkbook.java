package vn.hatinh.consolidator.ingest.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * An .xlsx/.xlsm read as a stream: shared strings and styles once, then each sheet's XML pulled row by row with a
 * hardened StAX parser (no DTD, no external entities), so memory does not grow with the number of rows.
 */
final class XlsxWorkbook implements WorkbookContent {

    private final OPCPackage pkg;
    private final POIFSFileSystem encryptedContainer;
    private final ReadOnlySharedStringsTable strings;
    private final DateStyles styles;
    private final boolean date1904;
    private final List<String> names;
    private final List<Supplier<InputStream>> parts;
    private final ReadLimits limits;

    private XlsxWorkbook(OPCPackage pkg, POIFSFileSystem encryptedContainer, ReadLimits limits) throws Exception {
        this.pkg = pkg;
        this.encryptedContainer = encryptedContainer;
        this.limits = limits;
        XSSFReader reader = new XSSFReader(pkg);
        this.strings = new ReadOnlySharedStringsTable(pkg, false);
        this.styles = dateStyles(reader);
        this.date1904 = readDate1904(reader);
        this.names = new ArrayList<>();
        this.parts = new ArrayList<>();
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        int guard = 0;
        while (sheets.hasNext() && guard++ <= limits.maxSheets()) {
            InputStream in;
            try {
                in = sheets.next();
            } catch (RuntimeException notAWorksheet) {
                // a macro or dialog sheet has no worksheet part: it holds no table, skip it
                continue;
            }
            in.close();
            String name = sheets.getSheetName();
            org.apache.poi.openxml4j.opc.PackagePart part = sheets.getSheetPart();
            if (part.getContentType().contains("chartsheet") || part.getContentType().contains("dialogsheet")) {
                continue;
            }
            if (names.size() >= limits.maxSheets()) {
                throw new WorkbookRejectedException(RejectionReason.TOO_LARGE, "more than " + limits.maxSheets() + " sheets");
            }
            names.add(name);
            parts.add(() -> {
                try {
                    return part.getInputStream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        if (names.isEmpty()) {
            throw new WorkbookRejectedException(RejectionReason.NO_SHEETS, "no worksheet");
        }
    }

    static WorkbookContent open(Path file, ReadLimits limits) throws Exception {
        RejectionReason alien = alienPackage(file);
        if (alien != null) {
            throw new WorkbookRejectedException(alien, "not an Office Open XML workbook");
        }
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw new WorkbookRejectedException(bombOrCorrupt(e), e.getMessage(), e);
        }
        try {
            return new XlsxWorkbook(pkg, null, limits);
        } catch (WorkbookRejectedException e) {
            pkg.revert();
            throw e;
        } catch (POIXMLException e) {
            pkg.revert();
            if (String.valueOf(e.getMessage()).contains("Strict")) {
                throw new WorkbookRejectedException(RejectionReason.UNSUPPORTED_FORMAT, "Strict OOXML", e);
            }
            throw new WorkbookRejectedException(bombOrCorrupt(e), e.getMessage(), e);
        } catch (Exception | Error e) {
            pkg.revert();
            throw new WorkbookRejectedException(bombOrCorrupt(e), e.toString(), e);
        }
    }

    /** An encrypted package that opens with Excel's default password, or null when a real password is needed. */
    static WorkbookContent openEncrypted(POIFSFileSystem fs, ReadLimits limits) throws Exception {
        EncryptionInfo info = new EncryptionInfo(fs);
        Decryptor decryptor = Decryptor.getInstance(info);
        if (!decryptor.verifyPassword(Decryptor.DEFAULT_PASSWORD)) {
            return null;
        }
        OPCPackage pkg = OPCPackage.open(decryptor.getDataStream(fs));
        return new XlsxWorkbook(pkg, fs, limits);
    }

    private static RejectionReason bombOrCorrupt(Throwable e) {
        String message = String.valueOf(e.getMessage()).toLowerCase();
        if (message.contains("zip bomb") || message.contains("max entry size") || message.contains("inflate ratio")
                || message.contains("text size")) {
            return RejectionReason.TOO_LARGE;
        }
        if (message.contains("doctype") || message.contains("entity")) {
            return RejectionReason.UNSAFE_CONTENT;
        }
        return RejectionReason.CORRUPT;
    }

    /** ODS, xlsb and other zips are recognised by their entries, from the central directory alone. */
    private static RejectionReason alienPackage(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            boolean contentTypes = false;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            int count = 0;
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName().replace('\\', '/');
                if (++count > 10_000) {
                    return RejectionReason.TOO_LARGE;
                }
                if (name.equals("mimetype") || name.equals("content.xml")) {
                    return RejectionReason.UNSUPPORTED_FORMAT;
                }
                if (name.endsWith("workbook.bin")) {
                    return RejectionReason.UNSUPPORTED_FORMAT;
                }
                if (name.equals("word/document.xml") || name.equals("ppt/presentation.xml")) {
                    return RejectionReason.NOT_A_SPREADSHEET;
                }
                contentTypes |= name.equals("[Content_Types].xml");
            }
            return contentTypes ? null : RejectionReason.CORRUPT;
        } catch (IOException e) {
            return RejectionReason.CORRUPT;
        }
    }

    private static DateStyles dateStyles(XSSFReader reader) throws Exception {
        InputStream in;
        try {
            in = reader.getStylesData();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException noStylesPart) {
            return DateStyles.none();
        }
        if (in == null) {
            return DateStyles.none();
        }
        try (in) {
            return DateStyles.read(in);
        }
    }

    private static boolean readDate1904(XSSFReader reader) throws Exception {
        XMLInputFactory factory = XMLHelper.newXMLInputFactory();
        try (InputStream in = reader.getWorkbookData()) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                        String local = xml.getLocalName();
                        if (local.equals("workbookPr")) {
                            String v = xml.getAttributeValue(null, "date1904");
                            return "1".equals(v) || "true".equalsIgnoreCase(v);
                        }
                        if (local.equals("sheets")) {
                            return false;
                        }
                    }
                }
            } finally {
                xml.close();
            }
        }
        return false;
    }

    @Override
    public boolean date1904() {
        return date1904;
    }

    @Override
    public List<String> sheetNames() {
        return List.copyOf(names);
    }

    @Override
    public SheetCursor openSheet(int index) throws WorkbookRejectedException {
        try {
            return new XlsxSheetCursor(names.get(index), parts.get(index).get(), strings, styles, date1904, limits);
        } catch (RuntimeException e) {
            throw new WorkbookRejectedException(bombOrCorrupt(e), e.toString(), e);
        }
    }

    @Override
    public void close() {
        pkg.revert();
        if (encryptedContainer != null) {
            try {
                encryptedContainer.close();
            } catch (IOException ignored) {
                // nothing was written
            }
        }
    }
}
