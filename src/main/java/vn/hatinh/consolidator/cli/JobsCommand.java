package vn.hatinh.consolidator.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.hatinh.consolidator.schedule.JobHistory;
import vn.hatinh.consolidator.schedule.JobRunner;
import vn.hatinh.consolidator.web.Texts;

@Command(name = "jobs", description = "Job executions: list, failed, show ID, restart ID.",
        subcommands = {JobsCommand.ListJobs.class, JobsCommand.FailedJobs.class, JobsCommand.ShowJob.class,
                JobsCommand.RestartJob.class})
class JobsCommand implements Runnable {

    @ParentCommand
    RootCommand root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Hãy dùng: jobs list, jobs failed, jobs show ID hoặc jobs restart ID.");
    }

    @Command(name = "list", description = "Every job execution, newest first.")
    static class ListJobs implements Callable<Integer> {
        @ParentCommand
        JobsCommand jobs;

        @Override
        public Integer call() {
            try (ReadingSession session = ReadingSession.open(jobs.root.global)) {
                print(session.jobHistory().all(200), "Chưa có lần chạy nào.");
                return 0;
            }
        }
    }

    @Command(name = "failed", description = "Executions that did not complete: failed, stopped or interrupted.")
    static class FailedJobs implements Callable<Integer> {
        @ParentCommand
        JobsCommand jobs;

        @Override
        public Integer call() {
            try (ReadingSession session = ReadingSession.open(jobs.root.global)) {
                print(session.jobHistory().failed(200), "Không có lần chạy nào cần chạy lại.");
                return 0;
            }
        }
    }

    @Command(name = "restart", description = "Restarts a failed or interrupted execution from the step that did not complete.")
    static class RestartJob implements Callable<Integer> {
        @ParentCommand
        JobsCommand jobs;

        @Parameters(index = "0", paramLabel = "EXECUTION_ID", descriptionKey = "execution")
        long executionId;

        @Override
        public Integer call() throws Exception {
            try (StoreSession session = StoreSession.open(jobs.root.global, Map.of())) {
                JobExecution execution = session.bean(JobRunner.class).restart(executionId, jobs.root.global.waitSeconds);
                System.out.println("Lần chạy " + executionId + " đã được chạy tiếp thành lần chạy " + execution.getId()
                        + ": " + execution.getStatus() + ".");
                return execution.getStatus() == BatchStatus.COMPLETED ? 0 : 1;
            }
        }
    }

    @Command(name = "show", description = "One execution and its steps, with what each read and wrote.")
    static class ShowJob implements Callable<Integer> {
        @ParentCommand
        JobsCommand jobs;

        @Parameters(index = "0", paramLabel = "EXECUTION_ID", descriptionKey = "execution")
        long executionId;

        @Override
        public Integer call() {
            try (ReadingSession session = ReadingSession.open(jobs.root.global)) {
                JobExecution execution = session.jobRepository().getJobExecution(executionId);
                if (execution == null) {
                    throw new IllegalArgumentException("Không có lần chạy số " + executionId + ".");
                }
                System.out.println("Lần chạy " + executionId + ": " + Texts.status(execution.getStatus()) + ".");
                execution.getStepExecutions().stream()
                        .sorted(Comparator.comparingLong(StepExecution::getId))
                        .forEach(s -> System.out.println("  " + Texts.step(s.getStepName()) + ": "
                                + Texts.status(s.getStatus()).toLowerCase(VIETNAMESE) + ", đọc " + s.getReadCount() + ", ghi "
                                + s.getWriteCount() + ", " + s.getCommitCount() + " lần lưu, " + seconds(s) + "."));
                return 0;
            }
        }
    }

    private static final java.util.Locale VIETNAMESE = java.util.Locale.forLanguageTag("vi");

    /** How long a step ran, in seconds with one decimal ("2,4 giây"); blank while it runs. */
    static String seconds(StepExecution s) {
        if (s.getStartTime() == null || s.getEndTime() == null) {
            return "đang chạy";
        }
        double seconds = java.time.Duration.between(s.getStartTime(), s.getEndTime()).toMillis() / 1000.0;
        return String.format(VIETNAMESE, "%.1f giây", seconds);
    }

    private static void print(List<JobHistory.Line> lines, String none) {
        if (lines.isEmpty()) {
            System.out.println(none);
        }
        lines.forEach(l -> System.out.println(l.format()));
    }
}
