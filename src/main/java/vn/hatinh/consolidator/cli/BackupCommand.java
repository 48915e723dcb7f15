package vn.hatinh.consolidator.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.hatinh.consolidator.backup.StoreBackup;
import vn.hatinh.consolidator.backup.StoreBackups;

@Command(name = "backup", description = "Backs the store up into one file: a consistent database dump and the archive folder.")
class BackupCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Option(names = "--out", required = true, paramLabel = "FILE.zip")
    Path out;

    @Override
    public Integer call() throws Exception {
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new IllegalArgumentException("Tệp " + target + " đã có; hãy chọn tên khác cho bản sao lưu.");
        }
        try (StoreSession session = StoreSession.open(root.global, Map.of())) {
            StoreBackup.Written written = session.bean(StoreBackups.class).backupTo(target);
            System.out.println("Đã sao lưu kho dữ liệu vào " + written.file() + " (" + megabytes(written.bytes())
                    + ", " + written.archivedFiles() + " tệp lưu); chỉ chủ sở hữu được đọc tệp này.");
            return 0;
        }
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_048_576.0).replace('.', ',');
    }
}
