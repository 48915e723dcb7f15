package vn.hatinh.consolidator.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import vn.hatinh.consolidator.ingest.workbook.WorkbookRejectedException;

/**
 * Reads a workbook on a thread of its own while the caller stores its rows, so parsing and the database work at the
 * same time instead of in turn. Rows cross in batches through a short queue, so memory holds a few batches at most;
 * the caller's thread keeps the transaction. A failure on either side stops the other, and the reader thread has
 * ended (the file closed) before this returns.
 */
final class PipedReading {

    private static final int BATCH = 1000;
    private static final int BATCHES_IN_FLIGHT = 4;
    private static final List<ParsedRow> END = List.of();

    private PipedReading() {
    }

    static WorkbookReading read(SubmissionReader reader, Path file, String fileName, Consumer<ParsedRow> sink)
            throws WorkbookRejectedException {
        BlockingQueue<List<ParsedRow>> queue = new ArrayBlockingQueue<>(BATCHES_IN_FLIGHT);
        Outcome outcome = new Outcome();
        Thread worker = new Thread(() -> {
            List<ParsedRow>[] batch = new List[] {new ArrayList<ParsedRow>(BATCH)};
            try {
                outcome.reading = reader.read(file, fileName, row -> {
                    batch[0].add(row);
                    if (batch[0].size() == BATCH) {
                        put(queue, batch[0], outcome);
                        batch[0] = new ArrayList<>(BATCH);
                    }
                });
            } catch (CancellationException stopped) {
                // the storing side failed and said so
            } catch (Throwable t) {
                outcome.failure = t;
            } finally {
                try {
                    // the rows read before a failure are delivered too: the caller sees what the reader saw
                    if (!batch[0].isEmpty()) {
                        put(queue, batch[0], outcome);
                    }
                    put(queue, END, outcome);
                } catch (CancellationException ignored) {
                    // nobody is listening any more
                }
            }
        }, "workbook-reader");
        worker.setDaemon(true);
        worker.start();
        try {
            while (true) {
                List<ParsedRow> rows = queue.take();
                if (rows == END) {
                    break;
                }
                rows.forEach(sink);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + fileName, e);
        } finally {
            outcome.cancelled = true;
            queue.clear();
            joinQuietly(worker);
        }
        return outcome.result();
    }

    private static void put(BlockingQueue<List<ParsedRow>> queue, List<ParsedRow> rows, Outcome outcome) {
        try {
            while (!outcome.cancelled) {
                if (queue.offer(rows, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new CancellationException();
    }

    private static void joinQuietly(Thread worker) {
        boolean interrupted = false;
        while (worker.isAlive()) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Outcome {
        volatile WorkbookReading reading;
        volatile Throwable failure;
        volatile boolean cancelled;

        WorkbookReading result() throws WorkbookRejectedException {
            if (failure instanceof WorkbookRejectedException rejected) {
                throw rejected;
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
            return reading;
        }
    }
}
