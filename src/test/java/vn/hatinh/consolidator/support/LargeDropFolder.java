package vn.hatinh.consolidator.support;

import static vn.hatinh.consolidator.support.WorkbookBuilder.row;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A drop folder big enough that an ingest of it takes a while: many workbooks of inbound delegations. */
public final class LargeDropFolder {

    private LargeDropFolder() {
    }

    public static Path write(Path inbox, int files, int rowsPerFile) throws IOException {
        for (int f = 0; f < files; f++) {
            List<Object[]> rows = new ArrayList<>();
            rows.add(row("Kỳ báo cáo:", "Năm 2024"));
            rows.add(row());
            rows.add(row("STT", "Tên đoàn", "Quốc gia", "Đối tác", "Ngày đến", "Ngày đi", "Số khách"));
            for (int r = 0; r < rowsPerFile; r++) {
                LocalDate day = LocalDate.of(2024, 1, 1).plusDays((f * 7L + r * 3L) % 360);
                rows.add(row(r + 1, "Đoàn " + f + "-" + r, r % 2 == 0 ? "Lào" : "Thái Lan",
                        "Đối tác số " + f + "-" + r, day, day.plusDays(2), 1 + r % 20));
            }
            String unit = List.of("SNGV", "SYT", "NX", "CX", "KA", "TH").get(f % 6);
            WorkbookBuilder.workbook().sheet("DoanVao", rows.toArray(Object[][]::new))
                    .writeTo(inbox.resolve(unit + "/bao cao " + f + ".xlsx"));
        }
        return inbox;
    }
}
