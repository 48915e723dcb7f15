package vn.hatinh.consolidator.cli;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.hatinh.consolidator.schedule.ScheduleRegistrar;

@Command(name = "schedule", description = "schedule list: the schedules from jobs/schedules with each trigger's next fire time.")
class ScheduleCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Parameters(index = "0", paramLabel = "list", descriptionKey = "what")
    String what;

    @Override
    public Integer call() throws Exception {
        if (!"list".equals(what)) {
            throw new IllegalArgumentException("Không có lệnh lịch '" + what + "'; hãy dùng schedule list.");
        }
        try (StoreSession session = StoreSession.open(root.global, Map.of())) {
            var registered = session.bean(ScheduleRegistrar.class).register();
            if (registered.isEmpty()) {
                System.out.println("Không có lịch nào trong jobs/schedules.");
            }
            DateTimeFormatter format = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm z");
            for (var r : registered) {
                ZoneId zone = r.definition().timeZone();
                System.out.println(r.definition().name() + "  công việc " + r.definition().job() + "  cron \""
                        + r.definition().cron() + "\" (" + zone + ")  lần tới "
                        + (r.nextFireTime() == null ? "không bao giờ" : r.nextFireTime().toInstant().atZone(zone).format(format))
                        + "  " + r.definition().parameters());
            }
            return 0;
        }
    }
}
