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
        StoreSession session = StoreSession.open(root.global, Map.of(
                "spring.main.web-application-type", "servlet",
                "server.address", "127.0.0.1",
                "server.port", Integer.toString(port),
                "management.endpoints.web.exposure.include", "health",
                "management.endpoint.health.show-details", "always"));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("Stopping: running jobs finish their current step chunk and stay restartable.");
            try {
                session.bean(GracefulStop.class).stop();
            } finally {
                session.close();
                stopped.countDown();
            }
        }, "consolidator-shutdown"));
        var registered = session.bean(ScheduleRegistrar.class).register();
        session.bean(Scheduler.class).start();
        System.out.println("Serving " + registered.size() + " schedules; health on http://127.0.0.1:" + port
                + "/actuator/health. Stop with SIGTERM (systemctl stop).");
        stopped.await();
        return 0;
    }
}
