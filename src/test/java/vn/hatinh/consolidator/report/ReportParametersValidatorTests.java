package vn.hatinh.consolidator.report;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/** A report job refuses, before any step, parameters that cannot make a report, and says why in Vietnamese. */
class ReportParametersValidatorTests {

    private final ReportParametersValidator term = new ReportParametersValidator(ReportKind.TERM);

    @Test
    void aCompleteTermReportIsAccepted() {
        assertThatCode(() -> term.validate(new JobParametersBuilder().addString("kind", "term")
                .addLocalDate("from", LocalDate.of(2021, 1, 1)).addLocalDate("to", LocalDate.of(2021, 1, 1))
                .addString("out", "/tmp/out").toJobParameters())).doesNotThrowAnyException();
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> term.validate(new JobParametersBuilder().addString("kind", "term")
                .addLocalDate("from", LocalDate.of(2024, 3, 1)).addLocalDate("to", LocalDate.of(2024, 2, 29))
                .addString("out", "/tmp/out").toJobParameters()))
                .isInstanceOf(InvalidJobParametersException.class)
                .hasMessage("Không lập được báo cáo: ngày kết thúc 2024-02-29 đứng trước ngày bắt đầu 2024-03-01.");
    }

    @Test
    void everyMissingOrWrongParameterIsNamedInOneSentence() {
        assertThatThrownBy(() -> term.validate(new JobParametersBuilder().addString("kind", "monthly")
                .addString("from", "hôm qua").toJobParameters()))
                .isInstanceOf(InvalidJobParametersException.class)
                .hasMessage("Không lập được báo cáo: loại báo cáo phải là \"term\", không phải \"monthly\"; "
                        + "ngày bắt đầu (from) phải là một ngày, không phải \"hôm qua\"; thiếu ngày kết thúc (to); "
                        + "thiếu thư mục ghi báo cáo (out).");
    }
}
