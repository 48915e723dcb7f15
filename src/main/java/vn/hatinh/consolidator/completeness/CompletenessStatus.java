package vn.hatinh.consolidator.completeness;

/** Whether a unit has reported for a period, in the export's code and in the clerk's words. */
public enum CompletenessStatus {
    ON_TIME("on_time", "Đã gửi đúng hạn"),
    LATE("late", "Đã gửi, quá hạn"),
    MISSING("missing", "Chưa gửi"),
    NOT_EXPECTED("not_expected", "Không phải gửi kỳ này");

    private final String code;
    private final String vietnamese;

    CompletenessStatus(String code, String vietnamese) {
        this.code = code;
        this.vietnamese = vietnamese;
    }

    public String code() {
        return code;
    }

    public String vietnamese() {
        return vietnamese;
    }

    public boolean reported() {
        return this == ON_TIME || this == LATE;
    }
}
