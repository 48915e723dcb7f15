package vn.hatinh.consolidator.report;

import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.hatinh.consolidator.consolidate.ConsolidatedRecord;
import vn.hatinh.consolidator.consolidate.ConsolidatedRecords;
import vn.hatinh.consolidator.ingest.Period;

/**
 * The consolidated records one report counts, queried by its period in the store rather than filtered from every
 * record of all time: exactly those {@link FiguresCalculator#counts} accepts.
 */
@Component
public class PeriodRecords {

    private final ConsolidatedRecords records;

    public PeriodRecords(ConsolidatedRecords records) {
        this.records = records;
    }

    public List<ConsolidatedRecord> of(ReportKind kind, Period period) {
        return records.startingIn(period, firstConsularMonth(kind, period), lastConsularMonth(kind, period));
    }

    /** A monthly report counts its own month; a term report the months wholly inside it. */
    static YearMonth firstConsularMonth(ReportKind kind, Period period) {
        YearMonth month = YearMonth.from(kind == ReportKind.MONTHLY ? period.to() : period.from());
        return kind == ReportKind.MONTHLY || period.from().getDayOfMonth() == 1 ? month : month.plusMonths(1);
    }

    static YearMonth lastConsularMonth(ReportKind kind, Period period) {
        YearMonth month = YearMonth.from(period.to());
        return kind == ReportKind.MONTHLY || period.to().equals(month.atEndOfMonth()) ? month : month.minusMonths(1);
    }
}
