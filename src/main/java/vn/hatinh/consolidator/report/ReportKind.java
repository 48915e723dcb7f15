package vn.hatinh.consolidator.report;

/** The two reports the province files, each with its job. */
public enum ReportKind {
    MONTHLY("monthly", "monthlyReport"),
    TERM("term", "termReport");

    private final String code;
    private final String jobName;

    ReportKind(String code, String jobName) {
        this.code = code;
        this.jobName = jobName;
    }

    public String code() {
        return code;
    }

    public String jobName() {
        return jobName;
    }

    /** The kind a job parameter names; an unknown code is refused. */
    public static ReportKind fromCode(String code) {
        for (ReportKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown report kind: " + code);
    }
}
