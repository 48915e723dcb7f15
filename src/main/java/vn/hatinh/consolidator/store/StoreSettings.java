package vn.hatinh.consolidator.store;

import java.nio.file.Path;

/**
 * Where the store is: the embedded server's data directory, or an existing MariaDB server when {@code url} is set.
 */
public record StoreSettings(Path dataDir, String url, String user, String password) {

    public static final String DATABASE = "consolidator";

    public boolean embedded() {
        return url == null || url.isBlank();
    }

    /** A record prints every component; the password must never reach a log line or a message. */
    @Override
    public String toString() {
        return "StoreSettings[dataDir=" + dataDir + ", url=" + url + ", user=" + user + ", password="
                + (password == null || password.isEmpty() ? "" : "***") + "]";
    }
}
