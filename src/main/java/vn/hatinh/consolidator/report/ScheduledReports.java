package vn.hatinh.consolidator.report;

import java.time.ZonedDateTime;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hatinh.consolidator.schedule.ScheduledLaunch;

/** The report jobs as the scheduler names them in jobs/schedules: monthly-report and term-report. */
@Configuration(proxyBeanMethods = false)
public class ScheduledReports {

    @Bean
    ScheduledLaunch monthlyReportLaunch(ReportLauncher launcher) {
        return launch("monthly-report", ReportKind.MONTHLY, launcher);
    }

    @Bean
    ScheduledLaunch termReportLaunch(ReportLauncher launcher) {
        return launch("term-report", ReportKind.TERM, launcher);
    }

    private static ScheduledLaunch launch(String name, ReportKind kind, ReportLauncher launcher) {
        return new ScheduledLaunch() {
            @Override
            public String jobName() {
                return name;
            }

            @Override
            public void launch(Map<String, String> parameters, ZonedDateTime scheduledFireTime) throws Exception {
                launcher.launchScheduled(kind, parameters, scheduledFireTime);
            }
        };
    }
}
