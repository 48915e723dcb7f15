package vn.hatinh.consolidator.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import vn.hatinh.consolidator.report.ReportKind;

/** Job executions as Spring Batch's own repository keeps them, in the words the runs page shows. */
@Component
@ConditionalOnWebApplication
class RunsView {

    record Step(String name, String status, long read, long written, long skipped, String duration, String error) {
    }

    record Run(long id, String job, String jobCode, String about, String status, String statusCode, String start,
               String duration, String error, boolean restartable, String restartedAs, List<Step> steps) {
    }

    private final JobRepository repository;

    RunsView(JobRepository repository) {
        this.repository = repository;
    }

    List<Run> latest(int max) {
        List<JobExecution> executions = new ArrayList<>();
        for (String job : repository.getJobNames()) {
            for (JobInstance instance : repository.getJobInstances(job, 0, max)) {
                executions.addAll(repository.getJobExecutions(instance));
            }
        }
        executions.sort(Comparator.comparingLong(JobExecution::getId).reversed());
        return executions.stream().limit(max).map(this::run).toList();
    }

    List<JobExecution> completedReports(int max) {
        List<JobExecution> executions = new ArrayList<>();
        for (String job : List.of(ReportKind.MONTHLY.jobName(), ReportKind.TERM.jobName())) {
            for (JobInstance instance : repository.getJobInstances(job, 0, max)) {
                JobExecution last = repository.getLastJobExecution(instance);
                if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
                    executions.add(last);
                }
            }
        }
        executions.sort(Comparator.comparingLong(JobExecution::getId).reversed());
        return executions;
    }

    private Run run(JobExecution e) {
        String jobName = e.getJobInstance().getJobName();
        JobExecution lastOfInstance = repository.getLastJobExecution(e.getJobInstance());
        boolean last = lastOfInstance != null && java.util.Objects.equals(lastOfInstance.getId(), e.getId());
        boolean restartable = last && (e.getStatus() == BatchStatus.FAILED || e.getStatus() == BatchStatus.STOPPED
                || e.getStatus() == BatchStatus.UNKNOWN);
        List<Step> steps = e.getStepExecutions().stream()
                .sorted(Comparator.comparingLong(StepExecution::getId))
                .map(s -> new Step(Texts.step(s.getStepName()), Texts.status(s.getStatus()), s.getReadCount(),
                        s.getWriteCount(), s.getSkipCount(), Texts.duration(s.getStartTime(), s.getEndTime()),
                        Explanations.failure(firstLine(s.getExitStatus().getExitDescription()))))
                .toList();
        String error = steps.stream().map(Step::error).filter(x -> x != null).findFirst()
                .orElse(Explanations.failure(firstLine(e.getExitStatus().getExitDescription())));
        String restartedAs = !last && lastOfInstance != null
                ? "Đã chạy lại ở lần số " + lastOfInstance.getId() + " (" + Texts.status(lastOfInstance.getStatus()) + ")"
                : null;
        return new Run(e.getId(), Texts.job(jobName), jobName, about(jobName, e), Texts.status(e.getStatus()),
                e.getStatus().name(), Texts.dateTime(e.getStartTime()), Texts.duration(e.getStartTime(), e.getEndTime()),
                e.getStatus() == BatchStatus.COMPLETED ? null : error, restartable, restartedAs, steps);
    }

    /** What the run was about, in words: the folder it read or the period it reported. */
    static String about(String jobName, JobExecution e) {
        var p = e.getJobParameters();
        if (jobName.equals("ingest")) {
            String inbox = p.getString("inbox");
            return inbox == null ? "" : "Thư mục " + inbox;
        }
        if (p.getLocalDate("from") != null) {
            String s = "Từ " + Texts.date(p.getLocalDate("from")) + " đến " + Texts.date(p.getLocalDate("to"));
            Long gen = p.getLong("generation");
            return gen != null && gen > 1 ? s + " (lần lập thứ " + gen + ")" : s;
        }
        return p.parameters().stream().map(JobParameter::value).map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String firstLine(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        int nl = s.indexOf('\n');
        String first = nl < 0 ? s : s.substring(0, nl);
        return first.length() > 300 ? first.substring(0, 300) + "…" : first;
    }
}
