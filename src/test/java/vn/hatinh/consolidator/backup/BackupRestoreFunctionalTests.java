package vn.hatinh.consolidator.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

import vn.hatinh.consolidator.cli.Main;

/**
 * The operator's disaster: input-samples ingested, backed up, the data directory lost, restored from the backup; every
 * export is byte for byte what it was, and so is the archive folder. A restore never lands on a store holding data
 * unless forced.
 */
class BackupRestoreFunctionalTests {

    static final Path WORK = Path.of("target", "functional", "backup-" + System.nanoTime()).toAbsolutePath();
    static final Path DATA = WORK.resolve("data");
    static final List<String> EXPORTS = List.of("submissions", "rejections", "links", "records");

    private record Outcome(int exit, String out, String err) {
    }

    private static Outcome run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", DATA.toString(), "--jobs-dir", "jobs"));
        vn.hatinh.consolidator.support.CapturedRun.Result r = vn.hatinh.consolidator.support.CapturedRun.run(all.toArray(String[]::new));
        return new Outcome(r.exit(), r.out(), r.err());
    }

    private static Map<String, byte[]> exports(String label) throws Exception {
        Map<String, byte[]> result = new TreeMap<>();
        for (String what : EXPORTS) {
            Path csv = WORK.resolve(label + "-" + what + ".csv");
            Outcome o = run("export", what, "--out", csv.toString());
            assertThat(o.exit()).as(what + ": " + o.err()).isZero();
            result.put(what, Files.readAllBytes(csv));
        }
        return result;
    }

    private static Map<String, byte[]> tree(Path dir) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static void delete(Path dir) throws Exception {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void aLostDataDirectoryComesBackFromItsBackupWithEveryExportIdentical() throws Exception {
        Path inbox = vn.hatinh.consolidator.support.InputSamples.copyTo(DATA.resolveSibling("inbox"));
        assertThat(run("ingest", "--inbox", inbox.toString(), "--settle-seconds", "0").exit()).isZero();
        Map<String, byte[]> before = exports("before");
        Map<String, byte[]> archiveBefore = tree(DATA.resolve("archive"));
        assertThat(new String(before.get("submissions"), StandardCharsets.UTF_8).lines()).hasSize(19);
        assertThat(new String(before.get("records"), StandardCharsets.UTF_8).lines().count()).isGreaterThan(10);
        assertThat(archiveBefore).hasSizeGreaterThan(10);

        Path backup = WORK.resolve("backups/consolidator.zip");
        Outcome backedUp = run("backup", "--out", backup.toString());
        assertThat(backedUp.exit()).as(backedUp.err()).isZero();
        assertThat(backedUp.out()).contains("Đã sao lưu kho dữ liệu vào " + backup);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            assertThat(zip.getEntry("database.sql")).isNotNull();
            assertThat(zip.stream().filter(e -> e.getName().startsWith("archive/")).count())
                    .isEqualTo(archiveBefore.size());
            String dump = new String(zip.getInputStream(zip.getEntry("database.sql")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(dump).contains("CREATE TABLE `submission`", "INSERT INTO `source_row`");
        }
        assertThat(run("backup", "--out", backup.toString()).exit()).as("an existing backup is not overwritten")
                .isEqualTo(2);

        Outcome refused = run("restore", backup.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("Kho dữ liệu đích không trống").contains("--force");

        delete(DATA);
        Outcome restored = run("restore", backup.toString());
        assertThat(restored.exit()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("Đã khôi phục").contains(archiveBefore.size() + " tệp lưu");
        assertThat(exports("after")).as("every export after the restore").containsExactlyInAnyOrderEntriesOf(before);
        assertThat(tree(DATA.resolve("archive"))).as("the archive folder").containsOnlyKeys(archiveBefore.keySet());
        tree(DATA.resolve("archive")).forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(archiveBefore.get(name)));

        Outcome forced = run("restore", backup.toString(), "--force");
        assertThat(forced.exit()).as(forced.err()).isZero();
        Path records = WORK.resolve("forced-records.csv");
        assertThat(run("export", "records", "--out", records.toString()).exit()).isZero();
        assertThat(Files.readAllBytes(records)).as("a forced restore over the same store").isEqualTo(before.get("records"));
    }
}
