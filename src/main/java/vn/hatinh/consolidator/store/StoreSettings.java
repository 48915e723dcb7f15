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
}
