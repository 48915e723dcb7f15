package vn.hatinh.consolidator.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.hatinh.consolidator.report.ReportLauncher;

@Command(name = "report", description = "Writes a report (.docx, annex .xlsx, figures.json): report monthly, report term.",
        subcommands = {ReportCommand.Monthly.class, ReportCommand.Term.class})
class ReportCommand implements Runnable {

    @ParentCommand
    RootCommand root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Hãy dùng: report monthly hoặc report term.");
    }

    @Command(name = "monthly", description = "The monthly report on foreign information work to the Propaganda Board.")
    static class Monthly implements Callable<Integer> {
        @ParentCommand
        ReportCommand report;

        @Option(names = "--month", required = true, paramLabel = "YYYY-MM")
        String month;

        @Option(names = "--cutoff-day", defaultValue = "25", paramLabel = "DAY")
        int cutoffDay;

        @Option(names = "--number", paramLabel = "N")
        String number;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD")
        String date;

        @Option(names = "--out", defaultValue = "output", paramLabel = "DIR")
        Path out;

        @Override
        public Integer call() throws Exception {
            YearMonth ym = parseMonth(month);
            LocalDate on = date == null ? null : parseDate(date, "--date");
            if (cutoffDay < 1 || cutoffDay > 28) {
                throw new IllegalArgumentException("--cutoff-day phải là một ngày từ 1 đến 28.");
            }
            try (StoreSession session = StoreSession.open(report.root.global, Map.of())) {
                JobExecution e = session.bean(ReportLauncher.class).monthly(ym, cutoffDay, number, on, out,
                        report.root.global.waitSeconds);
                return done(e, out);
            }
        }
    }

    @Command(name = "term", description = "The term report to the Planning and Investment Department.")
    static class Term implements Callable<Integer> {
        @ParentCommand
        ReportCommand report;

        @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD")
        String from;

        @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD")
        String to;

        @Option(names = "--number", paramLabel = "N")
        String number;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD")
        String date;

        @Option(names = "--out", defaultValue = "output", paramLabel = "DIR")
        Path out;

        @Override
        public Integer call() throws Exception {
            LocalDate f = parseDate(from, "--from");
            LocalDate t = parseDate(to, "--to");
            if (t.isBefore(f)) {
                throw new IllegalArgumentException("--to (ngày kết thúc) đứng trước --from (ngày bắt đầu).");
            }
            LocalDate on = date == null ? null : parseDate(date, "--date");
            try (StoreSession session = StoreSession.open(report.root.global, Map.of())) {
                JobExecution e = session.bean(ReportLauncher.class).term(f, t, number, on, out,
                        report.root.global.waitSeconds);
                return done(e, out);
            }
        }
    }

    static int done(JobExecution e, Path out) {
        if (e.getStatus() == BatchStatus.COMPLETED) {
            System.out.println("Đã ghi báo cáo vào " + out.toAbsolutePath().normalize() + " (lần chạy " + e.getId()
                    + ").");
            return 0;
        }
        System.out.println("Lần lập báo cáo " + e.getId() + " dừng ở trạng thái " + e.getStatus()
                + "; chạy lại đúng lệnh này để làm tiếp.");
        return 1;
    }

    static YearMonth parseMonth(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--month phải có dạng 2024-03, không phải '" + text + "'.");
        }
    }

    static LocalDate parseDate(String text, String option) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " phải có dạng 2024-03-31, không phải '" + text + "'.");
        }
    }
}
