package vn.hatinh.consolidator.report;

import java.time.LocalDate;
import java.time.YearMonth;

import vn.hatinh.consolidator.ingest.Period;

/**
 * Report periods. The monthly report runs from the cut-off day of the previous month to the cut-off day of the
 * report month, both inclusive (February 2018, cut-off 25: 25/01/2018 to 25/02/2018), so an event on the shared
 * cut-off day appears in two consecutive reports.
 */
public final class ReportPeriods {

    private ReportPeriods() {
    }

    public static Period monthly(YearMonth month, int cutoffDay) {
        if (cutoffDay < 1 || cutoffDay > 28) {
            throw new IllegalArgumentException("Ngày chốt số liệu phải từ 1 đến 28, không phải " + cutoffDay + ".");
        }
        return new Period(month.minusMonths(1).atDay(cutoffDay), month.atDay(cutoffDay));
    }

    public static Period term(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Báo cáo nhiệm kỳ kết thúc (" + to + ") trước ngày bắt đầu (" + from + ").");
        }
        return new Period(from, to);
    }
}
