package vn.hatinh.consolidator.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.hatinh.consolidator.backup.ClientTools;
import vn.hatinh.consolidator.backup.DatabaseAddress;
import vn.hatinh.consolidator.backup.StoreRestore;
import vn.hatinh.consolidator.store.DataDirLock;
import vn.hatinh.consolidator.store.EmbeddedMariaDb;
import vn.hatinh.consolidator.store.StoreSettings;

/**
 * Rebuilds a store from a backup. It does not go through {@link StoreSession}: the application context would create
 * the schema, and the target must still be empty when the dump is loaded. It holds the data directory like any other
 * command, so it never runs beside one, nor beside {@code serve}.
 */
@Command(name = "restore", description = "Rebuilds an empty store from a backup file; --force replaces a store that holds data.")
class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Parameters(index = "0", paramLabel = "FILE.zip", descriptionKey = "file")
    Path file;

    @Option(names = "--force")
    boolean force;

    @Override
    public Integer call() throws Exception {
        Path backup = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(backup)) {
            throw new IllegalArgumentException("Không có tệp sao lưu " + backup + ".");
        }
        GlobalOptions global = root.global;
        String password = global.dbPassword();
        Path dataDir = global.dataDir.toAbsolutePath().normalize();
        Path archive = dataDir.resolve("archive");
        StoreRestore restore = new StoreRestore(ClientTools.in(dataDir));
        StoreRestore.Restored restored;
        if (new StoreSettings(dataDir, global.dbUrl, global.dbUser, password).embedded()) {
            try (DataDirLock lock = DataDirLock.acquire(dataDir, Duration.ofSeconds(global.waitSeconds));
                 EmbeddedMariaDb server = EmbeddedMariaDb.start(dataDir)) {
                restored = restore.restore(backup, DatabaseAddress.of(server.jdbcUrl(), "root", ""), archive, force);
            }
        } else {
            restored = restore.restore(backup, DatabaseAddress.of(global.dbUrl, global.dbUser, password), archive, force);
        }
        System.out.println("Đã khôi phục " + restored.tables() + " bảng và " + restored.archivedFiles()
                + " tệp lưu từ " + backup + ".");
        return 0;
    }
}
