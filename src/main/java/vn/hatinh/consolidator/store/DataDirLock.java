package vn.hatinh.consolidator.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * One process at a time owns an embedded data directory: two MariaDB servers on the same files would corrupt them.
 * The OS releases the lock when its owner dies, even by kill -9, so a crash never leaves the directory locked.
 */
public final class DataDirLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock if it is free now, without waiting. */
    public static java.util.Optional<DataDirLock> tryAcquire(Path dataDir) {
        try {
            return java.util.Optional.of(acquire(dataDir, Duration.ZERO));
        } catch (StoreBusyException busy) {
            return java.util.Optional.empty();
        }
    }

    /** Waits up to {@code wait} for the lock, then fails with a sentence the operator understands. */
    public static DataDirLock acquire(Path dataDir, Duration wait) {
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(dataDir.resolve("consolidator.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            long deadline = System.nanoTime() + wait.toNanos();
            while (true) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (java.nio.channels.OverlappingFileLockException heldInThisProcess) {
                    lock = null;
                }
                if (lock != null) {
                    return new DataDirLock(channel, lock);
                }
                if (System.nanoTime() >= deadline) {
                    channel.close();
                    throw new StoreBusyException("Một lệnh consolidator khác đang dùng thư mục dữ liệu " + dataDir
                            + "; hãy chờ lệnh đó chạy xong rồi chạy lại.");
                }
                Thread.sleep(500);
            }
        } catch (IOException e) {
            throw new StoreUnavailableException("Không khóa được thư mục dữ liệu " + dataDir + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreBusyException("Bị ngắt khi đang chờ thư mục dữ liệu " + dataDir + ".");
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the OS drops the lock with the process anyway
        }
    }
}
