package vn.hatinh.consolidator.ingest.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Vets a submitted file and opens it for reading. The format is decided by the file's bytes, never its name: an
 * OOXML package (.xlsx, .xlsm) is streamed; a BIFF8 .xls is read with POI. Everything else, and everything broken,
 * encrypted or malicious, is refused with a {@link RejectionReason} the unit understands.
 */
public final class WorkbookOpener {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    private final ReadLimits limits;

    public WorkbookOpener(ReadLimits limits) {
        this.limits = limits;
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
        ZipSecureFile.setMaxTextSize(limits.maxEntryBytes());
    }

    public WorkbookContent open(Path file) throws WorkbookRejectedException {
        long size;
        byte[] head = new byte[512];
        int n;
        try {
            size = Files.size(file);
            if (size == 0) {
                throw new WorkbookRejectedException(RejectionReason.EMPTY_FILE, "0 bytes");
            }
            if (size > limits.maxFileBytes()) {
                throw new WorkbookRejectedException(RejectionReason.TOO_LARGE, size + " bytes");
            }
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            }
        } catch (IOException e) {
            throw new WorkbookRejectedException(RejectionReason.CORRUPT, "unreadable: " + e.getMessage(), e);
        }
        try {
            if (startsWith(head, n, ZIP)) {
                return XlsxWorkbook.open(file, limits);
            }
            if (startsWith(head, n, OLE2)) {
                return openOle2(file, size);
            }
        } catch (WorkbookRejectedException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new WorkbookRejectedException(RejectionReason.ENCRYPTED, e.getMessage(), e);
        } catch (OldExcelFormatException | org.apache.poi.util.RecordFormatException e) {
            // BIFF5 and older, or BIFF8 written by other programs in ways POI cannot follow (Quattro Pro):
            // Excel reads them, and "save as .xlsx" is what the unit can do
            throw new WorkbookRejectedException(RejectionReason.UNSUPPORTED_FORMAT, e.getMessage(), e);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            throw new WorkbookRejectedException(RejectionReason.CORRUPT, e.toString(), e);
        }
        throw new WorkbookRejectedException(otherFormat(head, n), "unknown content");
    }

    private WorkbookContent openOle2(Path file, long size) throws Exception {
        if (size > limits.maxXlsBytes()) {
            throw new WorkbookRejectedException(RejectionReason.TOO_LARGE, size + " bytes of .xls");
        }
        POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
        try {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo")) {
                // an encrypted .xlsx: only Excel's default password opens without the sender
                WorkbookContent decrypted = XlsxWorkbook.openEncrypted(fs, limits);
                if (decrypted == null) {
                    fs.close();
                    throw new WorkbookRejectedException(RejectionReason.ENCRYPTED, "password protected");
                }
                return decrypted;
            }
            if (root.hasEntryCaseInsensitive("Workbook")) {
                return XlsWorkbook.open(fs, limits);
            }
            if (root.hasEntryCaseInsensitive("Book")) {
                fs.close();
                throw new WorkbookRejectedException(RejectionReason.UNSUPPORTED_FORMAT, "Excel 5/95 workbook");
            }
            fs.close();
            throw new WorkbookRejectedException(RejectionReason.NOT_A_SPREADSHEET, "OLE2 without a workbook");
        } catch (Exception | Error e) {
            try {
                fs.close();
            } catch (IOException ignored) {
                // already failing
            }
            throw e;
        }
    }

    private static RejectionReason otherFormat(byte[] head, int n) {
        String text = new String(head, 0, Math.max(0, n), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT).trim();
        if (n >= 4 && head[0] == 0x09 && (head[1] == 0x00 || head[1] == 0x02 || head[1] == 0x04 || head[1] == 0x08)) {
            return RejectionReason.UNSUPPORTED_FORMAT; // BIFF2-4 stream
        }
        if (text.startsWith("<?xml") && text.contains("urn:schemas-microsoft-com:office:spreadsheet")
                || text.contains("<html") || text.contains("<table")) {
            return RejectionReason.UNSUPPORTED_FORMAT;
        }
        return RejectionReason.NOT_A_SPREADSHEET;
    }

    private static boolean startsWith(byte[] head, int n, byte[] magic) {
        if (n < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
