package vn.hatinh.consolidator.report;

/** The two reports the province files. */
public enum ReportKind {
    MONTHLY("monthly"),
    TERM("term");

    private final String code;

    ReportKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
