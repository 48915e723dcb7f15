package vn.hatinh.consolidator.pipe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

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
        return through(threadName, producer, items -> items.forEachRemaining(consumer));
    }

    /**
     * As {@link #run}, for a consumer that pulls: it gets the items as a sequential stream, read on the calling
     * thread while the producer goes on.
     */
    public static <T, R, E extends Exception> R stream(String threadName, Producer<T, R, E> producer,
                                                       Consumer<Stream<T>> consumer) throws E {
        return through(threadName, producer, items -> consumer.accept(
                StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED), false)));
    }

    private static <T, R, E extends Exception> R through(String threadName, Producer<T, R, E> producer,
                                                         Consumer<Iterator<T>> drain) throws E {
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
            drain.accept(new Taker<>(queue, end, threadName, outcome));
        } catch (ProducerFailed stopped) {
            // the producer's own failure is rethrown below, as itself
        } finally {
            outcome.cancelled = true;
            queue.clear();
            joinQuietly(worker);
        }
        return outcome.<E>result();
    }

    /** Ends a consumer that reached the producer's failure, so that it never takes the failure for the last item. */
    private static final class ProducerFailed extends RuntimeException {
        ProducerFailed() {
            super(null, null, false, false);
        }
    }

    /**
     * The calling thread's side of the queue: batch by batch, until the producer's end mark. After a failed producer
     * the end mark throws instead of ending, so a pulling consumer stops rather than finish on part of the items.
     */
    private static final class Taker<T> implements Iterator<T> {
        private final BlockingQueue<List<T>> queue;
        private final List<T> end;
        private final String threadName;
        private final Outcome<?> outcome;
        private Iterator<T> current = Collections.emptyIterator();
        private boolean ended;

        Taker(BlockingQueue<List<T>> queue, List<T> end, String threadName, Outcome<?> outcome) {
            this.queue = queue;
            this.end = end;
            this.threadName = threadName;
            this.outcome = outcome;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && !ended) {
                try {
                    List<T> items = queue.take();
                    if (items == end) {
                        ended = true;
                        if (outcome.failure != null) {
                            throw new ProducerFailed();
                        }
                    } else {
                        current = items.iterator();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for " + threadName, e);
                }
            }
            return current.hasNext();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
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
