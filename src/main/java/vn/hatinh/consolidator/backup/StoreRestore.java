package vn.hatinh.consolidator.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds a store from a backup file: the database from its dump (through the {@code mariadb} client), the archive
 * folder from its files. The target must be empty (no table in the database, no file in the archive folder) unless
 * the operator forces it, in which case what is there is removed first.
 * <p>
 * The backup file is read as hostile: every entry name is checked before anything is touched, and an entry that would
 * land outside the archive folder refuses the whole file.
 */
public final class StoreRestore {

    private static final Logger log = LoggerFactory.getLogger(StoreRestore.class);

    private final ClientTools tools;

    public StoreRestore(ClientTools tools) {
        this.tools = tools;
    }

    public record Restored(int tables, int archivedFiles) {
    }

    public Restored restore(Path backupFile, DatabaseAddress database, Path archiveDir, boolean force)
            throws IOException, InterruptedException, SQLException {
        Path archiveRoot = archiveDir.toAbsolutePath().normalize();
        try (ZipFile zip = open(backupFile)) {
            List<ZipEntry> archived = checkEntries(zip, archiveRoot, backupFile);
            int tables = tables(database).size();
            int files = countFiles(archiveRoot);
            if (tables + files > 0) {
                if (!force) {
                    throw new StoreNotEmptyException("Kho dữ liệu đích không trống (" + tables + " bảng trong cơ sở dữ liệu "
                            + database.database() + ", " + files + " tệp trong " + archiveRoot + "); không khôi phục đè "
                            + "lên. Thêm --force nếu muốn xóa dữ liệu hiện có rồi khôi phục.");
                }
                log.warn("Removing {} tables and {} archived files before restoring", tables, files);
                dropTables(database);
                deleteContents(archiveRoot);
            }
            try (InputStream dump = zip.getInputStream(zip.getEntry(StoreBackup.DUMP))) {
                tools.run(ClientTools.CLIENT, database, List.of(database.database()), dump, null);
            }
            Files.createDirectories(archiveRoot);
            for (ZipEntry entry : archived) {
                Path target = archiveRoot.resolve(entry.getName().substring(StoreBackup.ARCHIVE.length())).normalize();
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                if (entry.getLastModifiedTime() != null) {
                    Files.setLastModifiedTime(target, entry.getLastModifiedTime());
                }
            }
            int restoredTables = tables(database).size();
            log.info("Restored {} tables and {} archived files from {}", restoredTables, archived.size(), backupFile);
            return new Restored(restoredTables, archived.size());
        }
    }

    private static ZipFile open(Path backupFile) throws IOException {
        if (!Files.isRegularFile(backupFile)) {
            throw new IllegalArgumentException("Không có tệp sao lưu " + backupFile.toAbsolutePath().normalize() + ".");
        }
        try {
            return new ZipFile(backupFile.toFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("Tệp " + backupFile.toAbsolutePath().normalize()
                    + " không phải là tệp sao lưu của consolidator (không đọc được dạng zip).");
        }
    }

    /** The archive entries, once the whole file is known to be a backup of this format with safe names. */
    private static List<ZipEntry> checkEntries(ZipFile zip, Path archiveRoot, Path backupFile) throws IOException {
        ZipEntry manifest = zip.getEntry(StoreBackup.MANIFEST);
        if (manifest == null || zip.getEntry(StoreBackup.DUMP) == null) {
            throw new IllegalArgumentException("Tệp " + backupFile.toAbsolutePath().normalize()
                    + " không phải là tệp sao lưu của consolidator (thiếu phần mô tả hoặc bản kết xuất cơ sở dữ liệu).");
        }
        Properties properties = new Properties();
        try (InputStream in = zip.getInputStream(manifest)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        if (!StoreBackup.FORMAT.equals(properties.getProperty("format"))) {
            throw new IllegalArgumentException("Tệp sao lưu " + backupFile.toAbsolutePath().normalize()
                    + " có định dạng " + properties.getProperty("format") + " mà phiên bản này không đọc được.");
        }
        List<ZipEntry> archived = new ArrayList<>();
        var entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            String name = entry.getName();
            if (name.equals(StoreBackup.MANIFEST) || name.equals(StoreBackup.DUMP)) {
                continue;
            }
            boolean safe = name.startsWith(StoreBackup.ARCHIVE) && !name.contains("\\") && !name.contains("\0");
            Path target = safe ? archiveRoot.resolve(name.substring(StoreBackup.ARCHIVE.length())).normalize() : null;
            if (!safe || target.equals(archiveRoot) || !target.startsWith(archiveRoot)) {
                throw new IllegalArgumentException("Tệp sao lưu " + backupFile.toAbsolutePath().normalize()
                        + " chứa mục không hợp lệ: " + name + "; không khôi phục gì.");
            }
            if (!entry.isDirectory()) {
                archived.add(entry);
            }
        }
        return archived;
    }

    private static String jdbcUrl(DatabaseAddress database) {
        return "jdbc:mariadb://" + database.host() + ":" + database.port() + "/" + database.database();
    }

    private static List<String> tables(DatabaseAddress database) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl(database), database.user(), database.password());
             PreparedStatement ps = c.prepareStatement(
                     "SELECT table_name FROM information_schema.tables WHERE table_schema = ?")) {
            ps.setString(1, database.database());
            List<String> names = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        }
    }

    private static void dropTables(DatabaseAddress database) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl(database), database.user(), database.password());
             Statement s = c.createStatement();
             PreparedStatement ps = c.prepareStatement("""
                     SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = ?""")) {
            ps.setString(1, database.database());
            s.execute("SET FOREIGN_KEY_CHECKS = 0");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String kind = "VIEW".equals(rs.getString(2)) ? "VIEW" : "TABLE";
                    s.execute("DROP " + kind + " IF EXISTS `" + rs.getString(1).replace("`", "``") + "`");
                }
            }
        }
    }

    private static int countFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return (int) walk.filter(p -> !p.equals(dir)).count();
        }
    }

    private static void deleteContents(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = walk.filter(p -> !p.equals(dir)).sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : paths) {
            Files.delete(p);
        }
    }
}
