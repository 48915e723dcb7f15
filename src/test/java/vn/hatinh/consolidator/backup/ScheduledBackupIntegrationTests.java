package vn.hatinh.consolidator.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.hatinh.consolidator.ConsolidatorApplication;
import vn.hatinh.consolidator.schedule.ScheduledLaunch;
import vn.hatinh.consolidator.support.TestDatabase;

/**
 * The backup job as the scheduler finds it by the name in jobs/schedules: each firing writes a complete owner-only
 * backup of the store the application runs on into the folder, and the folder keeps the newest {@code keep}.
 */
@SpringBootTest(classes = ConsolidatorApplication.class)
class ScheduledBackupIntegrationTests {

    static final Path WORK = Path.of("target", "scheduled-backup-" + System.nanoTime()).toAbsolutePath();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "scheduledbackup", WORK.resolve("data/archive"));
    }

    @Autowired
    List<ScheduledLaunch> launches;

    @Test
    void eachFiringWritesACompleteBackupAndTheFolderKeepsTheNewestN() throws Exception {
        Files.createDirectories(WORK.resolve("data/archive/SNGV"));
        Files.writeString(WORK.resolve("data/archive/SNGV/1-bao cao.xlsx"), "archived", StandardCharsets.UTF_8);
        Path folder = WORK.resolve("backups");
        ScheduledLaunch backup = launches.stream().filter(l -> l.jobName().equals("backup")).findFirst().orElseThrow();
        for (int i = 0; i < 3; i++) {
            backup.launch(Map.of("folder", folder.toString(), "keep", "2"), ZonedDateTime.now());
            Thread.sleep(1100); // names carry the second
        }
        List<Path> kept;
        try (Stream<Path> files = Files.list(folder)) {
            kept = files.sorted().toList();
        }
        assertThat(kept).hasSize(2);
        for (Path file : kept) {
            assertThat(file.getFileName().toString()).matches("consolidator-backup-\\d{8}-\\d{6}\\.zip");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            try (ZipFile zip = new ZipFile(file.toFile())) {
                String dump = new String(zip.getInputStream(zip.getEntry("database.sql")).readAllBytes(),
                        StandardCharsets.UTF_8);
                assertThat(dump).contains("CREATE TABLE `submission`");
                assertThat(zip.getEntry("archive/SNGV/1-bao cao.xlsx")).isNotNull();
            }
        }
    }
}
