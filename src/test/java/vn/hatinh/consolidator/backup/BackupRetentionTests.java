package vn.hatinh.consolidator.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.hatinh.consolidator.schedule.ScheduleDefinition;
import vn.hatinh.consolidator.schedule.ScheduleFiles;

/** The nightly backup keeps the newest N backups of its folder and touches nothing else there. */
class BackupRetentionTests {

    @TempDir
    Path folder;

    private static final ZonedDateTime START = ZonedDateTime.of(2024, 3, 1, 3, 30, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh"));

    private List<String> names() throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theNewestNBackupsAreKeptWhateverOrderTheyWereWrittenIn() throws Exception {
        for (int day : new int[] {3, 1, 5, 2, 4}) {
            Files.writeString(folder.resolve(BackupRetention.fileName(START.plusDays(day - 1))), "backup " + day);
        }
        List<Path> deleted = BackupRetention.keepLast(folder, 3);
        assertThat(deleted).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder(
                "consolidator-backup-20240301-033000.zip", "consolidator-backup-20240302-033000.zip");
        assertThat(names()).containsExactly("consolidator-backup-20240303-033000.zip",
                "consolidator-backup-20240304-033000.zip", "consolidator-backup-20240305-033000.zip");
        assertThat(BackupRetention.keepLast(folder, 3)).as("nothing more to delete").isEmpty();
    }

    @Test
    void otherFilesInTheFolderAreNeverDeleted() throws Exception {
        Files.writeString(folder.resolve("notes.txt"), "operator notes");
        Files.writeString(folder.resolve("consolidator-backup-manual.zip"), "a backup named by hand");
        Files.writeString(folder.resolve("consolidator-backup-20240101-000000.zip.part"), "unfinished");
        Files.writeString(folder.resolve(BackupRetention.fileName(START)), "old");
        Files.writeString(folder.resolve(BackupRetention.fileName(START.plusDays(1))), "new");
        BackupRetention.keepLast(folder, 1);
        assertThat(names()).containsExactly("consolidator-backup-20240101-000000.zip.part",
                "consolidator-backup-20240302-033000.zip", "consolidator-backup-manual.zip", "notes.txt");
    }

    @Test
    void keepMustBeAtLeastOne() {
        assertThatThrownBy(() -> BackupRetention.keepLast(folder, 0)).hasMessageContaining("keep");
        assertThat(ScheduledBackup.keep(null)).isEqualTo(ScheduledBackup.DEFAULT_KEEP);
        assertThat(ScheduledBackup.keep(" 14 ")).isEqualTo(14);
        assertThatThrownBy(() -> ScheduledBackup.keep("mười")).hasMessageContaining("keep");
    }

    @Test
    void theNightlyBackupScheduleRunsTheBackupJobIntoAFolderKeepingN() {
        ScheduleDefinition nightly = ScheduleFiles.load(vn.hatinh.consolidator.OperatorFiles.of(Path.of("jobs"))).stream()
                .filter(d -> d.name().equals("nightly-backup")).findFirst().orElseThrow();
        assertThat(nightly.job()).isEqualTo(new ScheduledBackup(null).jobName());
        assertThat(nightly.parameters()).containsKey("folder");
        assertThat(ScheduledBackup.keep(nightly.parameters().get("keep"))).isPositive();
    }
}
