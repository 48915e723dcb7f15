package vn.hatinh.consolidator.store;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets the store ready on a thread of its own: starts the embedded server (when there is one) and brings the schema
 * up to date. Starting mariadbd and building the Spring context each take a second or more, mostly waiting on
 * different processors, so a command runs them side by side and waits for the store only when the first bean needs
 * its connections ({@link #awaitReady()}).
 */
public final class StoreStartup {

    private static final Logger log = LoggerFactory.getLogger(StoreStartup.class);

    private final CompletableFuture<Optional<EmbeddedMariaDb>> ready;

    private StoreStartup(CompletableFuture<Optional<EmbeddedMariaDb>> ready) {
        this.ready = ready;
    }

    /** Starts an embedded server on {@code dataDir} and {@code port}; the caller holds the {@link DataDirLock}. */
    public static StoreStartup embedded(Path dataDir, int port, String user, String password) {
        return begin(() -> {
            EmbeddedMariaDb server = EmbeddedMariaDb.start(dataDir, port);
            try {
                StoreSchema.bringUpToDate(server.jdbcUrl(), user, password);
                return Optional.of(server);
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
        });
    }

    /** A server someone else runs (--db-url, or the one serve publishes): only the schema to check. */
    public static StoreStartup running(String url, String user, String password) {
        return begin(() -> {
            StoreSchema.bringUpToDate(url, user, password);
            return Optional.empty();
        });
    }

    private static StoreStartup begin(java.util.function.Supplier<Optional<EmbeddedMariaDb>> work) {
        long started = System.nanoTime();
        CompletableFuture<Optional<EmbeddedMariaDb>> ready = CompletableFuture.supplyAsync(work, task -> {
            Thread thread = new Thread(task, "store-startup");
            thread.setDaemon(true);
            thread.start();
        });
        ready.thenRun(() -> log.debug("Store ready in {} ms", (System.nanoTime() - started) / 1_000_000));
        return new StoreStartup(ready);
    }

    /** Waits until the store can be used; throws what stopped it, as thrown. */
    public void awaitReady() {
        try {
            ready.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("Bị ngắt khi đang chờ cơ sở dữ liệu khởi động.", e);
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        }
    }

    /** The embedded server once started, empty if there is none or it failed (a failed start leaves nothing running). */
    public Optional<EmbeddedMariaDb> server() {
        try {
            return ready.join();
        } catch (CompletionException | java.util.concurrent.CancellationException e) {
            return Optional.empty();
        }
    }

    /** What stopped the store from starting, if it did not start. */
    public Optional<RuntimeException> failure() {
        try {
            ready.join();
            return Optional.empty();
        } catch (CompletionException e) {
            return Optional.of(unwrap(e.getCause()));
        }
    }

    private static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new StoreUnavailableException("Không khởi động được cơ sở dữ liệu: " + cause.getMessage(), cause);
    }
}
