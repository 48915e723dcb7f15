package vn.hatinh.consolidator.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.quartz.Scheduler;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.hatinh.consolidator.schedule.GracefulStop;
import vn.hatinh.consolidator.schedule.ScheduleRegistrar;

@Command(name = "serve", description = "Runs the scheduler (nightly ingest, monthly and term reports) until stopped.")
class ServeCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8081",
            description = "Port of the health endpoint on 127.0.0.1 (default 8081; 0 for any free port).")
    int port;

    @Override
    public Integer call() throws Exception {
        FileNameEncoding.requireUtf8();
        StoreSession session = StoreSession.open(root.global, Map.of(
                "spring.main.web-application-type", "servlet",
                "server.address", "127.0.0.1",
                "server.port", Integer.toString(port),
                "management.endpoints.web.exposure.include", "health",
                "management.endpoint.health.show-details", "always"));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("Đang dừng: các công việc đang chạy làm xong phần việc hiện tại và có thể chạy tiếp sau.");
            try {
                session.bean(GracefulStop.class).stop();
            } finally {
                session.close();
                stopped.countDown();
            }
        }, "consolidator-shutdown"));
        var registered = session.bean(ScheduleRegistrar.class).register();
        session.bean(Scheduler.class).start();
        System.out.println("Đang chạy " + registered.size() + " lịch; tình trạng tại http://127.0.0.1:" + port
                + "/actuator/health. Dừng bằng SIGTERM (systemctl stop).");
        stopped.await();
        return 0;
    }
}
