package vn.hatinh.consolidator.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup file is hostile input: one that is not a backup, or whose entries would land outside the archive folder,
 * is refused whole before any database is reached (the address below has no server) and before any file is written.
 */
class StoreRestoreTests {

    @TempDir
    Path dir;

    private static final DatabaseAddress NOWHERE = new DatabaseAddress("127.0.0.1", 1, "consolidator", "root", "");

    private Path zip(String... entries) throws Exception {
        Path file = dir.resolve("backup.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (String name : entries) {
                zip.putNextEntry(new ZipEntry(name));
                String content = name.equals(StoreBackup.MANIFEST) ? "format=1\n" : "x";
                zip.write(content.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    private StoreRestore restore() {
        return new StoreRestore(null);
    }

    @Test
    void anEntryClimbingOutOfTheArchiveFolderRefusesTheWholeFile() throws Exception {
        Path archive = dir.resolve("data/archive");
        for (String evil : new String[] {"archive/../../evil.txt", "archive/../archive-sibling/x", "/etc/evil",
                "archive\\..\\evil", "other/file", "archive/"}) {
            Path file = zip(StoreBackup.MANIFEST, StoreBackup.DUMP, "archive/SNGV/good.xlsx", evil);
            assertThatThrownBy(() -> restore().restore(file, NOWHERE, archive, false)).as(evil)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mục không hợp lệ");
            Files.delete(file);
        }
        assertThat(dir.resolve("evil.txt")).doesNotExist();
        assertThat(archive).doesNotExist();
    }

    @Test
    void aFileThatIsNotABackupIsRefused() throws Exception {
        Path notZip = dir.resolve("report.zip");
        Files.writeString(notZip, "not a zip");
        assertThatThrownBy(() -> restore().restore(notZip, NOWHERE, dir.resolve("archive"), false))
                .hasMessageContaining("không phải là tệp sao lưu");
        Path noDump = zip(StoreBackup.MANIFEST, "archive/a.xlsx");
        assertThatThrownBy(() -> restore().restore(noDump, NOWHERE, dir.resolve("archive"), false))
                .hasMessageContaining("không phải là tệp sao lưu");
        Files.delete(noDump);
        Path future = dir.resolve("future.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(future))) {
            zip.putNextEntry(new ZipEntry(StoreBackup.MANIFEST));
            zip.write("format=9\n".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(StoreBackup.DUMP));
        }
        assertThatThrownBy(() -> restore().restore(future, NOWHERE, dir.resolve("archive"), false))
                .hasMessageContaining("định dạng 9");
    }

    @Test
    void theOptionFileQuotesValuesSoAnyPasswordReachesTheServerAsTyped() {
        String file = ClientTools.optionFile(new DatabaseAddress("db.example", 3307, "consolidator", "operator",
                "a\\b\"c#d' e"));
        assertThat(file).startsWith("[client]\n").contains("password=\"a\\\\b\\\"c#d' e\"\n")
                .contains("host=\"db.example\"\n", "port=3307\n", "protocol=TCP\n");
        assertThatThrownBy(() -> ClientTools.optionFile(new DatabaseAddress("h", 1, "d", "u", "two\nlines")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new DatabaseAddress("h", 1, "d", "u", "s3cret").toString()).doesNotContain("s3cret");
    }

    @Test
    void theAddressComesFromTheJdbcUrl() {
        DatabaseAddress a = DatabaseAddress.of("jdbc:mariadb://db.example:3307/consolidator?sslMode=verify-full", "u", "p");
        assertThat(a).isEqualTo(new DatabaseAddress("db.example", 3307, "consolidator", "u", "p"));
        assertThatThrownBy(() -> DatabaseAddress.of("jdbc:mariadb://db.example:3307/", "u", "p"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
