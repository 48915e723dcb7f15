package vn.hatinh.consolidator.pipe;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a producer on a thread of its own while the caller's thread consumes what it produces, so that parsing or
 * matching and the database work at the same time instead of in turn. Items cross in batches through a short queue,
 * so memory holds a few batches at most; the caller's thread keeps its transaction and is the only one that writes.
 * A failure on either side stops the other, and the producer's thread has ended before this returns.
 */
public final class Pipe {

    private static final int BATCH = 1000;
    private static final int BATCHES_IN_FLIGHT = 4;

    /** Produces items into the sink and returns its result; may throw its own checked exception. */
    @FunctionalInterface
    public interface Producer<T, R, E extends Exception> {
        R produce(Consumer<T> sink) throws E;
    }

    private Pipe() {
    }

    /**
     * Runs the producer on a thread named {@code threadName}, hands every item to the consumer on the calling thread,
     * in order, and returns the producer's result. The items produced before a failure are consumed before the
     * failure is rethrown as itself.
     */
    public static <T, R, E extends Exception> R run(String threadName, Producer<T, R, E> producer,
                                                    Consumer<? super T> consumer) throws E {
        BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(BATCHES_IN_FLIGHT);
        List<T> end = new ArrayList<>(0);
        Outcome<R> outcome = new Outcome<>();
        Thread worker = new Thread(() -> {
            List<List<T>> batch = new ArrayList<>(1);
            batch.add(new ArrayList<>(BATCH));
            try {
                outcome.result = producer.produce(item -> {
                    batch.get(0).add(item);
                    if (batch.get(0).size() == BATCH) {
                        put(queue, batch.get(0), outcome);
                        batch.set(0, new ArrayList<>(BATCH));
                    }
                });
            } catch (CancellationException stopped) {
                // the consuming side failed and said so
            } catch (Throwable t) {
                outcome.failure = t;
            } finally {
                try {
                    if (!batch.get(0).isEmpty()) {
                        put(queue, batch.get(0), outcome);
                    }
                    put(queue, end, outcome);
                } catch (CancellationException ignored) {
                    // nobody is listening any more
                }
            }
        }, threadName);
        worker.setDaemon(true);
        worker.start();
        try {
            while (true) {
                List<T> items = queue.take();
                if (items == end) {
                    break;
                }
                items.forEach(consumer);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + threadName, e);
        } finally {
            outcome.cancelled = true;
            queue.clear();
            joinQuietly(worker);
        }
        return outcome.<E>result();
    }

    private static <T> void put(BlockingQueue<List<T>> queue, List<T> items, Outcome<?> outcome) {
        try {
            while (!outcome.cancelled) {
                if (queue.offer(items, 100, TimeUnit.MILLISECONDS)) {
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

    private static final class Outcome<R> {
        volatile R result;
        volatile Throwable failure;
        volatile boolean cancelled;

        @SuppressWarnings("unchecked")
        <E extends Exception> R result() throws E {
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            if (failure != null) {
                // the producer's own checked exception: it can throw no other
                throw (E) failure;
            }
            return result;
        }
    }
}
