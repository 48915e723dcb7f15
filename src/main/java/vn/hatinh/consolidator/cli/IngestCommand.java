package vn.hatinh.consolidator.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.hatinh.consolidator.ingest.IngestLauncher;
import vn.hatinh.consolidator.ingest.IngestSummary;

@Command(name = "ingest", description = "Reads the drop folder: validate, load, consolidate. Resumes an interrupted run of the same folder.")
class IngestCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Option(names = "--inbox", paramLabel = "DIR", defaultValue = "inbox",
            description = "The drop folder (default ./inbox).")
    Path inbox;

    @Option(names = "--settle-seconds", paramLabel = "SECONDS", defaultValue = "5",
            description = "A file modified more recently than this is still being written and waits (default 5).")
    int settleSeconds;

    @Option(names = "--re-estimate",
            description = "Estimate the matching parameters again from the rows that count now, instead of using the stored ones.")
    boolean reEstimate;

    @Option(names = "--rebuild",
            description = "Hợp nhất lại từ đầu mọi dòng đang được tính, thay vì chỉ các nhóm có thay đổi từ lần chạy trước.")
    boolean rebuild;

    @Override
    public Integer call() throws Exception {
        FileNameEncoding.requireUtf8();
        Path folder = inbox.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("Thư mục nhận báo cáo " + folder + " không tồn tại hoặc không phải là thư mục.");
        }
        try (StoreSession session = StoreSession.open(root.global,
                Map.of("consolidator.settle", settleSeconds + "s", "consolidator.re-estimate", String.valueOf(reEstimate)))) {
            JobExecution execution = session.bean(IngestLauncher.class).run(folder, root.global.waitSeconds, rebuild);
            IngestSummary.Figures f = session.bean(IngestSummary.class).of(execution.getId());
            System.out.println(IngestReport.describe(folder, execution, f));
            return execution.getStatus() == BatchStatus.COMPLETED ? 0 : 1;
        }
    }

}
