package vn.hatinh.consolidator.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import vn.hatinh.consolidator.ingest.Period;
import vn.hatinh.consolidator.schedule.JobExecutionQueries;
import vn.hatinh.consolidator.schedule.JobRunner;

/**
 * Starts a report job for a period, or resumes the unfinished run for the same period and number. A report already
 * written is written again as a new generation of the same period (so a correction in the store reaches the file).
 */
@Component
public class ReportLauncher {

    /** The parameters that make two runs the same report: a later run is its next generation. */
    private static final List<String> SAME_REPORT = List.of("from", "to", "number");

    private final JobRunner runner;
    private final JobExecutionQueries executions;
    private final Job monthly;
    private final Job term;

    public ReportLauncher(JobRunner runner, JobExecutionQueries executions,
                          @Qualifier("monthlyReportJob") Job monthly, @Qualifier("termReportJob") Job term) {
        this.runner = runner;
        this.executions = executions;
        this.monthly = monthly;
        this.term = term;
    }

    public JobExecution monthly(YearMonth month, int cutoffDay, String number, LocalDate date, Path out, int wait)
            throws Exception {
        Period period = ReportPeriods.monthly(month, cutoffDay);
        LocalDate on = date != null ? date : period.to().plusDays(1);
        return run(monthly, ReportKind.MONTHLY, period, number, on, out, cutoffDay, wait);
    }

    public JobExecution term(LocalDate from, LocalDate to, String number, LocalDate date, Path out, int wait)
            throws Exception {
        Period period = ReportPeriods.term(from, to);
        return run(term, ReportKind.TERM, period, number, date != null ? date : to, out, 25, wait);
    }

    private JobExecution run(Job job, ReportKind kind, Period period, String number, LocalDate date, Path out,
                             int cutoffDay, int wait) throws Exception {
        JobParameters work = new JobParametersBuilder()
                .addString("kind", kind.code())
                .addLocalDate("from", period.from())
                .addLocalDate("to", period.to())
                .addString("number", number == null ? "" : number)
                .toJobParameters();
        // 1 for a period never reported; after a completed report of the same period and number, the next one
        long generation = executions.highestCompleted(job.getName(), work, SAME_REPORT, "generation") + 1;
        JobParameters parameters = new JobParametersBuilder(work)
                .addLong("generation", generation)
                .addLocalDate("date", date, false)
                .addString("out", out.toAbsolutePath().normalize().toString(), false)
                .addLong("cutoffDay", (long) cutoffDay, false)
                .toJobParameters();
        return runner.startOrResume(job, parameters, SAME_REPORT, wait);
    }

    /** For the scheduler: the period comes from the time the trigger was meant to fire, never the wall clock. */
    public void launchScheduled(ReportKind kind, Map<String, String> parameters, ZonedDateTime scheduled)
            throws Exception {
        Path out = Path.of(parameters.getOrDefault("out", "output"));
        if (kind == ReportKind.MONTHLY) {
            int cutoff = Integer.parseInt(parameters.getOrDefault("cutoffDay", "25"));
            // fired on the day after the cut-off: the period just closed ends in the month of the cut-off day
            YearMonth month = YearMonth.from(scheduled.toLocalDate().minusDays(1));
            monthly(month, cutoff, parameters.get("number"), scheduled.toLocalDate(), out.resolve("monthly"), 600);
        } else {
            LocalDate from = LocalDate.parse(parameters.getOrDefault("from", "2021-01-01"));
            LocalDate to = parameters.containsKey("to") ? LocalDate.parse(parameters.get("to"))
                    : scheduled.toLocalDate();
            term(from, to, parameters.get("number"), scheduled.toLocalDate(), out.resolve("term"), 600);
        }
    }
}
