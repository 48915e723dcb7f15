package vn.hatinh.consolidator.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersValidator;

/**
 * What a report job needs before any step runs: its kind, the period (from no later than to) and the output
 * folder. The message names every missing or wrong parameter in one sentence an operator can read.
 */
record ReportParametersValidator(ReportKind kind) implements JobParametersValidator {

    @Override
    public void validate(JobParameters parameters) throws InvalidJobParametersException {
        List<String> problems = new ArrayList<>();
        String given = parameters.getString("kind");
        if (!kind.code().equals(given)) {
            problems.add("loại báo cáo phải là \"" + kind.code() + "\", không phải \"" + given + "\"");
        }
        LocalDate from = date(parameters, "from", "ngày bắt đầu (from)", problems);
        LocalDate to = date(parameters, "to", "ngày kết thúc (to)", problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add("ngày kết thúc " + to + " đứng trước ngày bắt đầu " + from);
        }
        String out = parameters.getString("out");
        if (out == null || out.isBlank()) {
            problems.add("thiếu thư mục ghi báo cáo (out)");
        }
        if (!problems.isEmpty()) {
            throw new InvalidJobParametersException("Không lập được báo cáo: " + String.join("; ", problems) + ".");
        }
    }

    private static LocalDate date(JobParameters parameters, String name, String label, List<String> problems) {
        JobParameter<?> parameter = parameters.getParameter(name);
        Object value = parameter == null ? null : parameter.value();
        if (value instanceof LocalDate date) {
            return date;
        }
        problems.add(value == null ? "thiếu " + label : label + " phải là một ngày, không phải \"" + value + "\"");
        return null;
    }
}
