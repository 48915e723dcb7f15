package vn.hatinh.consolidator.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.hatinh.consolidator.schedule.JobHistory;
import vn.hatinh.consolidator.schedule.JobRunner;

@Command(name = "jobs", description = "Job executions: list, failed, restart ID.",
        subcommands = {JobsCommand.ListJobs.class, JobsCommand.FailedJobs.class, JobsCommand.RestartJob.class})
class JobsCommand implements Runnable {

    @ParentCommand
    RootCommand root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Hãy dùng: jobs list, jobs failed hoặc jobs restart ID.");
    }

    @Command(name = "list", description = "Every job execution, newest first.")
    static class ListJobs implements Callable<Integer> {
        @ParentCommand
        JobsCommand jobs;

        @Override
        public Integer call() {
            try (StoreSession session = StoreSession.openForReading(jobs.root.global)) {
                print(session.bean(JobHistory.class).all(200), "Chưa có lần chạy nào.");
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
            try (StoreSession session = StoreSession.openForReading(jobs.root.global)) {
                print(session.bean(JobHistory.class).failed(200), "Không có lần chạy nào cần chạy lại.");
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

    private static void print(List<JobHistory.Line> lines, String none) {
        if (lines.isEmpty()) {
            System.out.println(none);
        }
        lines.forEach(l -> System.out.println(l.format()));
    }
}
