package vn.hatinh.consolidator.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;

import vn.hatinh.consolidator.report.ReportKind;

/** The Vietnamese words and date forms the pages use for the store's codes. */
public final class Texts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private static final Map<String, String> JOBS = Map.of(
            "ingest", "Nhận báo cáo",
            ReportKind.MONTHLY.jobName(), "Lập báo cáo tháng",
            ReportKind.TERM.jobName(), "Lập báo cáo nhiệm kỳ",
            "monthly-report", "Lập báo cáo tháng",
            "term-report", "Lập báo cáo nhiệm kỳ");

    private static final Map<String, String> STEPS = Map.ofEntries(
            Map.entry("scanInbox", "Quét thư mục nhận"),
            Map.entry("readWorkbooks", "Đọc các tệp"), Map.entry("readWorkbookFiles", "Đọc một nhóm tệp"),
            Map.entry("applyResubmissions", "Xét bản gửi lại"),
            Map.entry("consolidateRecords", "Hợp nhất bản ghi"),
            Map.entry("archiveSubmissions", "Lưu trữ và phản hồi"),
            Map.entry("writeMonthlyFigures", "Tính số liệu"), Map.entry("writeTermFigures", "Tính số liệu"),
            Map.entry("writeMonthlyDocument", "Viết văn bản báo cáo"),
            Map.entry("writeTermDocument", "Viết văn bản báo cáo"),
            Map.entry("writeMonthlyAnnex", "Viết phụ lục"), Map.entry("writeTermAnnex", "Viết phụ lục"));

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("start", "Ngày bắt đầu"), Map.entry("end", "Ngày kết thúc"), Map.entry("count", "Số người"),
            Map.entry("totalCount", "Tổng số đại biểu"), Map.entry("country", "Quốc gia"),
            Map.entry("partner", "Đối tác"), Map.entry("title", "Tên"), Map.entry("decision", "Quyết định"),
            Map.entry("leader", "Trưởng đoàn"), Map.entry("purpose", "Nội dung"),
            Map.entry("committedUsd", "Vốn cam kết (USD)"), Map.entry("disbursedUsd", "Vốn giải ngân (USD)"),
            Map.entry("cases", "Số vụ việc"), Map.entry("legalizations", "Số hợp pháp hóa"),
            Map.entry("location", "Địa điểm"), Map.entry("organiser", "Đơn vị tổ chức"), Map.entry("level", "Cấp ký"));

    private Texts() {
    }

    public static String job(String name) {
        return JOBS.getOrDefault(name, name);
    }

    public static String step(String name) {
        String base = name.contains(":") ? name.substring(0, name.indexOf(':')) : name;
        return STEPS.getOrDefault(base, base);
    }

    public static String field(String name) {
        return FIELDS.getOrDefault(name, name);
    }

    public static String status(BatchStatus s) {
        if (s == null) {
            return "";
        }
        return switch (s) {
            case COMPLETED -> "Hoàn thành";
            case STARTING, STARTED -> "Đang chạy";
            case STOPPING -> "Đang dừng";
            case STOPPED -> "Đã dừng";
            case FAILED -> "Lỗi";
            case ABANDONED -> "Đã bỏ";
            case UNKNOWN -> "Không rõ";
        };
    }

    public static String date(LocalDate d) {
        return d == null ? "" : d.format(DATE);
    }

    public static String dateTime(LocalDateTime t) {
        return t == null ? "" : t.withNano(0).format(DATE_TIME);
    }

    public static String duration(LocalDateTime start, LocalDateTime end) {
        if (start == null || end == null) {
            return "";
        }
        Duration d = Duration.between(start, end);
        long s = d.toSeconds();
        return s < 60 ? (s == 0 ? "dưới 1 giây" : s + " giây") : (s / 60) + " phút " + (s % 60) + " giây";
    }

    /** The file's own name, without the folders of the drop folder (the unit is shown beside it). */
    public static String fileName(String path) {
        if (path == null) {
            return "";
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
