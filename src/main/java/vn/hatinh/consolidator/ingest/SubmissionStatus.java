package vn.hatinh.consolidator.ingest;

/** The life of a file in the store. After a completed run every file seen has one of the final five. */
public enum SubmissionStatus {
    /** Seen by the scan, not yet read. */
    PENDING,
    /** Read and its rows stored; resubmissions not yet applied. */
    LOADED,
    ACCEPTED,
    SUPERSEDED,
    DUPLICATE,
    REJECTED,
    IGNORED;

    /** The Vietnamese words a clerk or an operator reads for the status. */
    public String vietnamese() {
        return switch (this) {
            case PENDING -> "Chưa đọc";
            case LOADED -> "Đã đọc, chưa xét bản gửi lại";
            case ACCEPTED -> "Đã tiếp nhận";
            case SUPERSEDED -> "Bị thay thế bởi bản gửi sau";
            case DUPLICATE -> "Trùng lặp với tệp đã gửi";
            case REJECTED -> "Bị từ chối";
            case IGNORED -> "Bỏ qua";
        };
    }
}
