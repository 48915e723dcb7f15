package vn.hatinh.consolidator.ingest;

import java.util.Locale;

/** Decides from its name alone whether a file in the inbox is a submission at all. */
final class InboxFile {

    static final String LOCK_FILE = "Tệp khóa tạm của Microsoft Office, không phải báo cáo; bỏ qua.";
    static final String NOT_SPREADSHEET = "Không phải tệp bảng tính Excel (.xlsx, .xlsm, .xls); bỏ qua.";
    static final String SYSTEM_FILE = "Tệp hệ thống hoặc tệp tạm, không phải báo cáo; bỏ qua.";

    private InboxFile() {
    }

    /** The reason to ignore the file, or null when it should be read. */
    static String ignoreReason(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.startsWith("~$")) {
            return LOCK_FILE;
        }
        if (lower.startsWith(".") || lower.equals("thumbs.db") || lower.equals("desktop.ini")
                || lower.endsWith(".tmp") || lower.startsWith("~") || lower.endsWith(".crdownload")
                || lower.endsWith(".part")) {
            return SYSTEM_FILE;
        }
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls")) {
            return null;
        }
        return NOT_SPREADSHEET;
    }
}
