package vn.hatinh.consolidator.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Objects;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import vn.hatinh.consolidator.ingest.Period;
import vn.hatinh.consolidator.schedule.JobRunner;

/**
 * Starts a report job for a period, or resumes the unfinished run for the same period and number. A report already
 * written is written again as a new generation of the same period (so a correction in the store reaches the file).
 */
@Component
public class ReportLauncher {

    private final JobRunner runner;
    private final JobRepository jobRepository;
    private final Job monthly;
    private final Job term;

    public ReportLauncher(JobRunner runner, JobRepository jobRepository,
                          @Qualifier("monthlyReportJob") Job monthly, @Qualifier("termReportJob") Job term) {
        this.runner = runner;
        this.jobRepository = jobRepository;
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
        String num = number == null ? "" : number;
        long generation = nextGeneration(job.getName(), period, num);
        JobParameters parameters = new JobParametersBuilder()
                .addString("kind", kind.code())
                .addLocalDate("from", period.from())
                .addLocalDate("to", period.to())
                .addString("number", num)
                .addLong("generation", generation)
                .addLocalDate("date", date, false)
                .addString("out", out.toAbsolutePath().normalize().toString(), false)
                .addLong("cutoffDay", (long) cutoffDay, false)
                .toJobParameters();
        return runner.startOrResume(job, parameters, p -> period.from().equals(p.getLocalDate("from"))
                && period.to().equals(p.getLocalDate("to")) && num.equals(p.getString("number")), wait);
    }

    /** 1 for a period never reported; after a completed report of the same period and number, the next one. */
    private long nextGeneration(String jobName, Period period, String number) {
        long max = 0;
        for (JobInstance instance : jobRepository.getJobInstances(jobName, 0, 10_000)) {
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last == null) {
                continue;
            }
            JobParameters p = last.getJobParameters();
            if (period.from().equals(p.getLocalDate("from")) && period.to().equals(p.getLocalDate("to"))
                    && Objects.equals(number, p.getString("number"))) {
                long g = p.getLong("generation", 1L);
                max = Math.max(max, last.getStatus() == BatchStatus.COMPLETED ? g : g - 1);
            }
        }
        return max + 1;
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
