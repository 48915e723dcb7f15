package vn.hatinh.consolidator.ingest.table;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The kinds of reason a row is refused for, as {@link RowInterpreter} and the value parsers word them, each with
 * what the clerk should change. The stored reason is the sentence itself; its kind is recognised from the wording's
 * opening, which is always the validator's own text (what the unit typed only ever follows, in quotes or
 * parentheses), so a unit's text cannot pass for another kind. {@code RowRejectionTests} produces every kind through
 * the real validator: a reworded reason fails there rather than falling silently into {@link #OTHER}.
 */
public enum RowRejection {

    UNKNOWN_DELEGATION_KIND("Không rõ loại đoàn") {
        @Override
        String advice(List<String> subjects) {
            return "Ở cột \"Loại đoàn\" ghi \"Đoàn ra\" hoặc \"Đoàn vào\"";
        }
    },
    MISSING_VALUE("Thiếu (.+)") {
        @Override
        String advice(List<String> subjects) {
            return "Điền vào các ô đang để trống: " + quoted(subjects);
        }
    },
    OUTSIDE_PERIOD("Ngày \\S+ nằm ngoài kỳ báo cáo") {
        @Override
        String advice(List<String> subjects) {
            return "Kiểm tra lại năm của các ngày và dòng \"Kỳ báo cáo\" ở đầu trang: ngày của mỗi dòng phải nằm trong kỳ"
                    + " báo cáo, lệch không quá một tháng";
        }
    },
    END_BEFORE_START("(Ngày [^(]+) \\(\\S+\\) trước ([^(]+) \\(") {
        @Override
        String subject(Matcher m) {
            return m.group(1).trim() + " trước " + m.group(2).trim();
        }

        @Override
        String advice(List<String> subjects) {
            return "Sửa các dòng có " + String.join(", ", subjects).toLowerCase()
                    + ": ngày kết thúc không được trước ngày bắt đầu (thường do ghi nhầm ngày với tháng hoặc nhầm năm)";
        }
    },
    UNKNOWN_COUNTRY("Không nhận ra quốc gia \"") {
        @Override
        String advice(List<String> subjects) {
            return "Ghi tên nước ở cột quốc gia (nước đến) bằng tên thường dùng, ví dụ Lào, Thái Lan, Hàn Quốc, Nhật Bản;"
                    + " mỗi ô chỉ một nước, không ghi tên tỉnh, thành phố hay cơ quan";
        }
    },
    UNREADABLE_MONTH("Tháng: không đọc được \"") {
        @Override
        String advice(List<String> subjects) {
            return "Ghi tháng ở cột \"Tháng\" theo dạng tháng/năm, ví dụ 03/2024";
        }
    },
    UNREADABLE_DATE("(?:([^:\"]+): )?[Kk]hông đọc được (?:ngày|thời gian) \"") {
        @Override
        String advice(List<String> subjects) {
            return "Ghi lại ngày" + (subjects.isEmpty() ? "" : " ở cột " + quoted(subjects))
                    + " theo dạng ngày/tháng/năm, ngày trước tháng sau, ví dụ 05/03/2024; một khoảng thời gian ghi như"
                    + " 12-15/03/2024 hoặc 28/02/2024 - 03/03/2024";
        }
    },
    IMPOSSIBLE_DATE("(?:([^:\"]+): )?[Nn]gày \"") {
        @Override
        String advice(List<String> subjects) {
            return "Sửa ngày" + (subjects.isEmpty() ? "" : " ở cột " + quoted(subjects))
                    + ": ngày đó không có trên lịch (ví dụ 31/04, hay 29/02 của năm không nhuận); ghi theo dạng"
                    + " ngày/tháng/năm, ngày trước tháng sau";
        }
    },
    NOT_A_NUMBER("([^:\"(]+?) (?:không phải là số: \"|là số âm \\(|phải là số nguyên \\(|quá lớn(?: \\(|: \"))") {
        @Override
        String advice(List<String> subjects) {
            return "Ở cột " + quoted(subjects) + " chỉ ghi số bằng chữ số, không kèm chữ, không ghi số âm (ví dụ 12;"
                    + " giá trị tiền ví dụ 1.500.000); số người, số khách, số vụ việc, số hồ sơ là số nguyên";
        }
    },
    OTHER(null) {
        @Override
        String advice(List<String> subjects) {
            return "Sửa các dòng còn lại theo lý do ghi ở cột \"Trạng thái\"";
        }
    };

    /** A reason recognised: its kind, and the column it names when it names one (else null). */
    public record Found(RowRejection kind, String subject) {
    }

    private final Pattern opening;

    RowRejection(String opening) {
        this.opening = opening == null ? null : Pattern.compile(opening, Pattern.DOTALL);
    }

    /** The kind of a stored reason; a reason worded otherwise is {@link #OTHER}. */
    public static Found classify(String reason) {
        if (reason != null) {
            for (RowRejection kind : values()) {
                if (kind.opening != null) {
                    Matcher m = kind.opening.matcher(reason);
                    if (m.lookingAt()) {
                        return new Found(kind, kind.subject(m));
                    }
                }
            }
        }
        return new Found(OTHER, null);
    }

    /**
     * What to change, in a sentence for the clerk, for the rows of this kind in one file.
     *
     * @param subjects the distinct columns those rows' reasons name, in the order met (may be empty)
     * @param rows     how many rows were refused for this kind
     */
    public String advice(List<String> subjects, int rows) {
        return advice(subjects) + " (" + rows + " dòng).";
    }

    abstract String advice(List<String> subjects);

    String subject(Matcher m) {
        if (m.groupCount() == 0 || m.group(1) == null) {
            return null;
        }
        String s = m.group(1).trim();
        return s.isEmpty() ? null : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String quoted(List<String> subjects) {
        return subjects.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(", "));
    }
}
