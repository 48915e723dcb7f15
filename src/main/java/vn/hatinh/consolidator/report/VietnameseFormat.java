package vn.hatinh.consolidator.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Numbers and dates as Vietnamese administrative documents write them: counts below 10 with two digits ("02 đoàn"),
 * thousands grouped with "." and decimals with "," ("1.487.350", "2.901,81"), dates dd/mm/yyyy.
 */
public final class VietnameseFormat {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VietnameseFormat() {
    }

    /** A count: two digits below 10, grouped thousands above. */
    public static String count(long n) {
        if (n >= 0 && n < 10) {
            return "0" + n;
        }
        return number(BigDecimal.valueOf(n));
    }

    /** An amount: "1.487.350", "2.901,81" (at most two decimals, none when whole). */
    public static String number(BigDecimal value) {
        if (value == null) {
            return "0";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : date.format(DMY);
    }

    /** "Hà Tĩnh, ngày 26 tháng 02 năm 2018" */
    public static String placeAndDate(String place, LocalDate date) {
        return place + ", ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng "
                + String.format("%02d", date.getMonthValue()) + " năm " + date.getYear();
    }
}
