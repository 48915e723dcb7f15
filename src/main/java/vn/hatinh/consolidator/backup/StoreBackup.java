package vn.hatinh.consolidator.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One backup file: a zip holding a manifest, a consistent dump of the database ({@code mariadb-dump
 * --single-transaction}: one snapshot of every InnoDB table, taken without locking, so jobs keep running) and the
 * archive folder. The file is created readable by its owner only and appears under its name only when complete.
 * <p>
 * The archive folder is copied after the dump: it only grows, so every file the dumped rows point to is in the backup.
 */
public final class StoreBackup {

    private static final Logger log = LoggerFactory.getLogger(StoreBackup.class);

    static final String MANIFEST = "consolidator-backup.properties";
    static final String DUMP = "database.sql";
    static final String ARCHIVE = "archive/";
    static final String FORMAT = "1";

    private final ClientTools tools;

    public StoreBackup(ClientTools tools) {
        this.tools = tools;
    }

    public record Written(Path file, long bytes, int archivedFiles) {
    }

    public Written write(DatabaseAddress database, Path archiveDir, Path out) throws IOException, InterruptedException {
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString(), null, "tệp sao lưu đã có; hãy chọn tên khác");
        }
        Files.createDirectories(target.getParent());
        Path part = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        int archived;
        try {
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(part))) {
                zip.putNextEntry(new ZipEntry(MANIFEST));
                zip.write(manifest(database).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(DUMP));
                tools.run(ClientTools.DUMP, database, List.of("--single-transaction", "--quick", "--routines",
                        "--triggers", "--hex-blob", "--no-tablespaces", "--skip-dump-date", database.database()), null,
                        unclosable(zip));
                zip.closeEntry();
                archived = addArchive(zip, archiveDir);
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
        long bytes = Files.size(target);
        log.info("Backup written to {} ({} bytes, {} archived files)", target, bytes, archived);
        return new Written(target, bytes, archived);
    }

    private static String manifest(DatabaseAddress database) {
        return "format=" + FORMAT + "\n"
                + "created=" + Instant.now() + "\n"
                + "database=" + database.database() + "\n";
    }

    private static int addArchive(ZipOutputStream zip, Path archiveDir) throws IOException {
        if (!Files.isDirectory(archiveDir)) {
            return 0;
        }
        Path root = archiveDir.toAbsolutePath().normalize();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            // links are not followed: a backup holds the archive, not what a link points to
            files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        for (Path file : files) {
            String name = ARCHIVE + root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
            ZipEntry entry = new ZipEntry(name);
            entry.setLastModifiedTime(Files.getLastModifiedTime(file));
            zip.putNextEntry(entry);
            Files.copy(file, zip);
            zip.closeEntry();
        }
        return files.size();
    }

    private static OutputStream unclosable(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
