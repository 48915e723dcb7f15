package vn.hatinh.consolidator.web;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matcher writes its evidence in English for the logs and the exports; the console says the same in Vietnamese
 * ("project title similarity 0.92" becomes "tên dự án giống 92%"). Unknown wording is shown as it is.
 */
final class Explanations {

    private static final Map<String, String> SUBJECTS = Map.of(
            "project title", "tên dự án", "donor", "nhà tài trợ", "partner", "đối tác", "title", "tên");
    private static final Pattern SIMILARITY = Pattern.compile("(project title|donor|partner|title) similarity (\\d+(?:\\.\\d+)?)");
    private static final Pattern DAYS = Pattern.compile("(start dates|signed) (\\d+) day\\(s\\) apart");

    private Explanations() {
    }

    static String vietnamese(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = SIMILARITY.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            long percent = Math.round(Double.parseDouble(m.group(2)) * 100);
            m.appendReplacement(sb, Matcher.quoteReplacement(SUBJECTS.get(m.group(1)) + " giống " + percent + "%"));
        }
        m.appendTail(sb);
        Matcher d = DAYS.matcher(sb.toString());
        StringBuilder out = new StringBuilder();
        while (d.find()) {
            String what = d.group(1).equals("signed") ? "ngày ký" : "ngày bắt đầu";
            d.appendReplacement(out, Matcher.quoteReplacement(what + " cách nhau " + d.group(2) + " ngày"));
        }
        d.appendTail(out);
        return out.toString()
                .replace("same decision number", "cùng số quyết định")
                .replace("same country", "cùng quốc gia")
                .replaceAll("(^|, )partner ", "$1đối tác ");
    }

    /** The first line of a job's failure without the Java exception's class name in front of it. */
    static String failure(String text) {
        if (text == null) {
            return null;
        }
        String s = text.replaceFirst("^(?:[a-z0-9_]+\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error): ?", "");
        if (text.startsWith("java.nio.file.FileAlreadyExistsException")) {
            return "Đã có một tệp trùng tên với thư mục cần ghi: " + s;
        }
        if (text.startsWith("java.nio.file.AccessDeniedException")) {
            return "Không có quyền ghi: " + s;
        }
        if (text.startsWith("java.nio.file.NoSuchFileException")) {
            return "Không tìm thấy: " + s;
        }
        return s.isBlank() ? "Lỗi không rõ nguyên nhân (xem nhật ký của dịch vụ)." : s;
    }
}
