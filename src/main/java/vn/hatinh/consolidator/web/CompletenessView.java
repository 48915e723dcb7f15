package vn.hatinh.consolidator.web;

import java.time.LocalDateTime;
import java.util.List;

import vn.hatinh.consolidator.ingest.Period;

/**
 * Who has reported for a period, as the overview shows it. Kept behind this interface so the completeness service
 * of the store (frequency, due days, units valid by date) can replace the simple implementation without touching
 * the page.
 */
public interface CompletenessView {

    enum Status {
        ON_TIME("Đã nộp đúng hạn"), LATE("Đã nộp, quá hạn"), RECEIVED("Đã nộp"), MISSING("Chưa có tệp của kỳ"),
        NOT_EXPECTED("Không phải nộp");

        private final String vietnamese;

        Status(String vietnamese) {
            this.vietnamese = vietnamese;
        }

        public String vietnamese() {
            return vietnamese;
        }
    }

    record Row(String unit, String name, boolean expected, Status status, int files, int rowsAccepted,
               int rowsRejected, LocalDateTime lastReceived) {
    }

    List<Row> rows(Period period);
}
