package vn.hatinh.consolidator.backup;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.hatinh.consolidator.schedule.ScheduledLaunch;

/**
 * The {@code backup} job of jobs/schedules: a backup into {@code folder}, then only the newest {@code keep} backups of
 * that folder are kept (default {@value #DEFAULT_KEEP}).
 */
@Component
public class ScheduledBackup implements ScheduledLaunch {

    private static final Logger log = LoggerFactory.getLogger(ScheduledBackup.class);
    static final int DEFAULT_KEEP = 7;

    private final StoreBackups backups;

    public ScheduledBackup(StoreBackups backups) {
        this.backups = backups;
    }

    @Override
    public String jobName() {
        return "backup";
    }

    @Override
    public void launch(Map<String, String> parameters, ZonedDateTime scheduledFireTime) throws Exception {
        String folder = parameters.get("folder");
        if (folder == null || folder.isBlank()) {
            throw new IllegalArgumentException("Lịch sao lưu thiếu tham số folder (thư mục ghi bản sao lưu).");
        }
        int keep = keep(parameters.get("keep"));
        // named after the time it runs: a firing caught up after downtime must not collide with a later one
        StoreBackup.Written written = backups.backupInto(Path.of(folder), ZonedDateTime.now(scheduledFireTime.getZone()));
        List<Path> deleted = BackupRetention.keepLast(Path.of(folder), keep);
        log.info("Scheduled backup {} written; {} older backups removed, {} kept", written.file(), deleted.size(), keep);
    }

    static int keep(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_KEEP;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Tham số keep của lịch sao lưu phải là một số, không phải '" + value + "'.");
        }
    }
}
