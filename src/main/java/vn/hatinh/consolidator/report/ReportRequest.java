package vn.hatinh.consolidator.report;

import java.nio.file.Path;
import java.time.LocalDate;

import vn.hatinh.consolidator.ingest.Period;

/**
 * One report to write.
 *
 * @param number the document number ("28" in "Số: 28/BC-SNgV"), or null to leave it blank for the clerk
 * @param date   the date on the document
 * @param out    the folder that receives the .docx, the annex .xlsx and figures.json
 */
public record ReportRequest(ReportKind kind, Period period, String number, LocalDate date, Path out, int cutoffDay) {

    /** The file name stem: "bao-cao-thang-2018-02" or "bao-cao-nhiem-ky-2021-01-01-den-2022-08-31". */
    public String baseName() {
        return kind == ReportKind.MONTHLY
                ? "bao-cao-thang-" + period.to().getYear() + "-" + String.format("%02d", period.to().getMonthValue())
                : "bao-cao-nhiem-ky-" + period.from() + "-den-" + period.to();
    }

    public Path document() {
        return out.resolve(baseName() + ".docx");
    }

    public Path annex() {
        return out.resolve(baseName() + "-phu-luc.xlsx");
    }

    public Path figures() {
        return out.resolve("figures.json");
    }
}
