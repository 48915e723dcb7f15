package vn.hatinh.consolidator.ingest;

/** The kinds of record a unit reports; one table holds one kind (the mixed delegations table holds two). */
public enum RecordType {
    OUTBOUND("outbound", "DoanRa", "Đoàn ra"),
    INBOUND("inbound", "DoanVao", "Đoàn vào"),
    SEMINAR("seminar", "HoiThao", "Hội nghị, hội thảo quốc tế"),
    AGREEMENT("agreement", "ThoaThuan", "Thỏa thuận quốc tế"),
    AID("aid", "VienTro", "Viện trợ PCPNN"),
    CONSULAR("consular", "LanhSu", "Lãnh sự");

    private final String code;
    private final String canonicalSheet;
    private final String vietnameseName;

    RecordType(String code, String canonicalSheet, String vietnameseName) {
        this.code = code;
        this.canonicalSheet = canonicalSheet;
        this.vietnameseName = vietnameseName;
    }

    /** The lower-case name used in exports and figures.json ("outbound", "inbound", ...). */
    public String code() {
        return code;
    }

    public String canonicalSheet() {
        return canonicalSheet;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    public static RecordType fromCode(String code) {
        for (RecordType t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("Unknown record type: " + code);
    }
}
