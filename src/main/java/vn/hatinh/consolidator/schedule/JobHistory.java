package vn.hatinh.consolidator.schedule;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/** Job executions as the operator reads them: one line each, the failed step and its error included. */
@Component
public class JobHistory {

    private final JobRepository jobRepository;

    public JobHistory(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    public record Line(long executionId, String job, String parameters, BatchStatus status, LocalDateTime start,
                       LocalDateTime end, String failedStep, String error) {

        public String format() {
            return executionId + "  " + job + "  " + status + "  bắt đầu " + (start == null ? "-" : start.withNano(0))
                    + "  kết thúc " + (end == null ? "-" : end.withNano(0)) + "  " + parameters
                    + (failedStep == null ? "" : "  bước lỗi " + failedStep)
                    + (error == null ? "" : ": " + error);
        }
    }

    public List<Line> all(int maxPerJob) {
        List<Line> lines = new ArrayList<>();
        for (String job : jobRepository.getJobNames()) {
            for (JobInstance instance : jobRepository.getJobInstances(job, 0, maxPerJob)) {
                for (JobExecution e : jobRepository.getJobExecutions(instance)) {
                    lines.add(line(e));
                }
            }
        }
        lines.sort(Comparator.comparingLong(Line::executionId).reversed());
        return lines;
    }

    /** Executions whose last attempt did not complete: failed, stopped, or interrupted by a crash. */
    public List<Line> failed(int maxPerJob) {
        List<Line> lines = new ArrayList<>();
        for (String job : jobRepository.getJobNames()) {
            for (JobInstance instance : jobRepository.getJobInstances(job, 0, maxPerJob)) {
                JobExecution last = jobRepository.getLastJobExecution(instance);
                if (last != null && last.getStatus() != BatchStatus.COMPLETED
                        && last.getStatus() != BatchStatus.ABANDONED) {
                    lines.add(line(last));
                }
            }
        }
        lines.sort(Comparator.comparingLong(Line::executionId).reversed());
        return lines;
    }

    private static Line line(JobExecution e) {
        StepExecution failed = e.getStepExecutions().stream()
                .filter(s -> s.getStatus() != BatchStatus.COMPLETED)
                .max(Comparator.comparingLong(StepExecution::getId)).orElse(null);
        String error = e.getExitStatus().getExitDescription();
        if (failed != null && failed.getExitStatus().getExitDescription() != null
                && !failed.getExitStatus().getExitDescription().isBlank()) {
            error = failed.getExitStatus().getExitDescription();
        }
        error = error == null || error.isBlank() ? null : firstLine(error);
        String parameters = e.getJobParameters().parameters().stream()
                .map(p -> p.name() + "=" + p.value()).sorted().collect(Collectors.joining(" "));
        return new Line(e.getId(), e.getJobInstance().getJobName(), parameters, e.getStatus(), e.getStartTime(),
                e.getEndTime(), failed == null ? null : failed.getStepName(), error);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String first = nl < 0 ? s : s.substring(0, nl);
        return first.length() > 300 ? first.substring(0, 300) + "…" : first;
    }
}
