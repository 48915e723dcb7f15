package vn.hatinh.consolidator.ingest.parse;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.hatinh.consolidator.reference.TextFold;

/**
 * The date a workbook says it was prepared: "Ngày lập: 03/07/2022" or the date line above the signatures
 * ("Nghi Xuân, ngày 09 tháng 07 năm 2022").
 */
public final class PreparedDates {

    private static final Pattern DATE_LINE = Pattern.compile("ngay (\\d{1,2}) thang (\\d{1,2}) nam (\\d{4})");

    private PreparedDates() {
    }

    /** True when the text is the "Ngày lập" label (its value may follow in the same cell or the next). */
    public static boolean isLabel(String text) {
        String f = TextFold.fold(text);
        return f.startsWith("ngay lap") || f.startsWith("ngay bao cao");
    }

    public static Optional<LocalDate> fromDateLine(String text) {
        Matcher m = DATE_LINE.matcher(TextFold.fold(text));
        if (m.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
