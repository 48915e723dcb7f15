package vn.hatinh.consolidator.ingest.workbook;

/** A file that must not be ingested, with the reason its unit is told. */
public class WorkbookRejectedException extends Exception {

    private final RejectionReason reason;

    public WorkbookRejectedException(RejectionReason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public WorkbookRejectedException(RejectionReason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    public RejectionReason reason() {
        return reason;
    }
}
