package vn.hatinh.consolidator.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * While {@code serve} holds an embedded data directory it publishes its server's address there, readable by its
 * owner only, so that other commands (an export, a backup, a restart) use that running server instead of waiting
 * for the service to stop.
 */
public final class ServedStore {

    private static final Logger log = LoggerFactory.getLogger(ServedStore.class);
    static final String FILE = "served-store.properties";

    private ServedStore() {
    }

    public static void publish(Path dataDir, int port) {
        Path file = dataDir.resolve(FILE);
        Path temp = dataDir.resolve(FILE + ".tmp");
        Properties p = new Properties();
        p.setProperty("port", Integer.toString(port));
        p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        try {
            Files.deleteIfExists(temp);
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(w, "the embedded MariaDB server of the running serve command");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("Could not publish the embedded server's address in {}: {}", file, e.getMessage());
        }
    }

    public static void withdraw(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(FILE));
        } catch (IOException e) {
            log.warn("Could not remove {}: {}", dataDir.resolve(FILE), e.getMessage());
        }
    }

    /** The JDBC URL of the server a live {@code serve} runs on this data directory, if there is one. */
    public static Optional<String> find(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            int port = Integer.parseInt(p.getProperty("port", "").trim());
            long pid = Long.parseLong(p.getProperty("pid", "").trim());
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && listening(port)) {
                return Optional.of("jdbc:mariadb://127.0.0.1:" + port + "/" + StoreSettings.DATABASE);
            }
        } catch (IOException | NumberFormatException e) {
            log.debug("Ignoring {}: {}", file, e.getMessage());
        }
        return Optional.empty();
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
