package vn.hatinh.consolidator.ingest.workbook;

/** Why a whole file is rejected, with the sentence the clerk who sent it reads. */
public enum RejectionReason {
    NOT_A_SPREADSHEET("Tệp không phải là bảng tính Excel; đề nghị gửi lại tệp .xlsx hoặc .xls."),
    UNSUPPORTED_FORMAT("Định dạng bảng tính này không được hỗ trợ; đề nghị mở tệp bằng Excel và lưu lại dưới dạng .xlsx."),
    ENCRYPTED("Tệp được đặt mật khẩu hoặc mã hóa; đề nghị gỡ mật khẩu rồi gửi lại."),
    CORRUPT("Tệp bị hỏng hoặc không đọc được; đề nghị lưu lại tệp và gửi lại."),
    EMPTY_FILE("Tệp rỗng (0 byte); đề nghị gửi lại tệp có nội dung."),
    TOO_LARGE("Tệp quá lớn hoặc có cấu trúc bất thường (nghi là tệp độc hại); đề nghị lưu lại tệp bằng Excel và gửi lại."),
    UNSAFE_CONTENT("Tệp chứa thành phần không an toàn (tham chiếu bên ngoài); đề nghị lưu lại tệp bằng Excel và gửi lại."),
    NO_SHEETS("Tệp không có trang tính nào; đề nghị gửi lại đúng tệp báo cáo."),
    NO_TABLE("Không tìm thấy bảng số liệu nào có dòng tiêu đề hợp lệ; đề nghị dùng mẫu biểu của Sở Ngoại vụ.");

    private final String message;

    RejectionReason(String message) {
        this.message = message;
    }

    /** The plain Vietnamese sentence for the unit and the operator. */
    public String message() {
        return message;
    }
}
