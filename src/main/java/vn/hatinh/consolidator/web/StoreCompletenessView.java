package vn.hatinh.consolidator.web;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import vn.hatinh.consolidator.completeness.Completeness;
import vn.hatinh.consolidator.completeness.ReportingPeriod;
import vn.hatinh.consolidator.ingest.Period;

/** The overview's completeness: the store's own service (frequency, due days, units valid by date). */
@Component
@ConditionalOnWebApplication
class StoreCompletenessView implements CompletenessView {

    private final Completeness completeness;

    StoreCompletenessView(Completeness completeness) {
        this.completeness = completeness;
    }

    @Override
    public List<Row> rows(Period period) {
        ReportingPeriod reporting = new ReportingPeriod("", period.from(), period.to());
        return completeness.of(reporting).stream().map(l -> new Row(l.unit().code(), l.unit().name(), l.expected(),
                switch (l.status()) {
                    case ON_TIME -> Status.ON_TIME;
                    case LATE -> Status.LATE;
                    case MISSING -> Status.MISSING;
                    case NOT_EXPECTED -> Status.NOT_EXPECTED;
                }, l.files(), (int) l.rowsAccepted(), (int) l.rowsRejected(), l.lastReceived())).toList();
    }
}
