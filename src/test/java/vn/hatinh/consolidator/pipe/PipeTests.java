package vn.hatinh.consolidator.pipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** The producing thread and the consuming thread: every item arrives once and in order, and a failure on either side ends both. */
class PipeTests {

    @Test
    void everyItemArrivesOnceInOrderOnTheCallersThread() {
        List<Integer> seen = new ArrayList<>();
        AtomicReference<String> producerThread = new AtomicReference<>();
        Thread caller = Thread.currentThread();
        String result = Pipe.run("producer", sink -> {
            producerThread.set(Thread.currentThread().getName());
            for (int i = 1; i <= 25_432; i++) {
                sink.accept(i);
            }
            return "done";
        }, (Integer i) -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            seen.add(i);
        });
        assertThat(result).isEqualTo("done");
        assertThat(producerThread.get()).isEqualTo("producer");
        assertThat(seen).hasSize(25_432).isSorted().startsWith(1).endsWith(25_432);
    }

    @Test
    void aCheckedFailureOfTheProducerReachesTheCallerAsItselfAfterTheItemsBeforeIt() {
        List<Integer> seen = new ArrayList<>();
        assertThatThrownBy(() -> Pipe.<Integer, String, IOException>run("producer", sink -> {
            for (int i = 1; i <= 2_500; i++) {
                sink.accept(i);
            }
            throw new IOException("truncated");
        }, seen::add)).isInstanceOf(IOException.class).hasMessage("truncated");
        assertThat(seen).hasSize(2_500);
    }

    @Test
    void aConsumerFailureStopsTheProducerBeforeItProducesEverything() {
        AtomicInteger produced = new AtomicInteger();
        AtomicReference<Thread> producer = new AtomicReference<>();
        assertThatThrownBy(() -> Pipe.run("producer", sink -> {
            producer.set(Thread.currentThread());
            for (int i = 1; i <= 1_000_000; i++) {
                sink.accept(i);
                produced.incrementAndGet();
            }
            return "done";
        }, (Integer i) -> {
            if (i == 1_500) {
                throw new IllegalStateException("database gone");
            }
        })).isInstanceOf(IllegalStateException.class).hasMessage("database gone");
        assertThat(producer.get().isAlive()).isFalse();
        assertThat(produced.get()).isLessThan(10_000);
    }

    @Test
    void aPullingConsumerReadsTheItemsAsAStreamWhileTheProducerGoesOn() {
        List<Integer> seen = new ArrayList<>();
        Thread caller = Thread.currentThread();
        String result = Pipe.stream("producer", sink -> {
            for (int i = 1; i <= 12_345; i++) {
                sink.accept(i);
            }
            return "done";
        }, (java.util.stream.Stream<Integer> items) -> items.forEach(i -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            seen.add(i);
        }));
        assertThat(result).isEqualTo("done");
        assertThat(seen).hasSize(12_345).isSorted().startsWith(1).endsWith(12_345);
    }

    @Test
    void aPullingConsumerThatStopsEarlyStopsTheProducer() {
        AtomicInteger produced = new AtomicInteger();
        AtomicReference<Thread> producer = new AtomicReference<>();
        List<Integer> firstTen = new ArrayList<>();
        Pipe.stream("producer", sink -> {
            producer.set(Thread.currentThread());
            for (int i = 1; i <= 1_000_000; i++) {
                sink.accept(i);
                produced.incrementAndGet();
            }
            return "done";
        }, (java.util.stream.Stream<Integer> items) -> items.limit(10).forEach(firstTen::add));
        assertThat(firstTen).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(producer.get().isAlive()).isFalse();
        assertThat(produced.get()).isLessThan(10_000);
    }

    @Test
    void aPullingConsumerNeverTakesAProducerFailureForTheEndOfTheItems() {
        List<Integer> seen = new ArrayList<>();
        AtomicReference<String> finishedWith = new AtomicReference<>();
        assertThatThrownBy(() -> Pipe.<Integer, String, IOException>stream("producer", sink -> {
            for (int i = 1; i <= 2_500; i++) {
                sink.accept(i);
            }
            throw new IOException("connection lost");
        }, (java.util.stream.Stream<Integer> items) -> {
            items.forEach(seen::add);
            finishedWith.set("a complete workbook of " + seen.size() + " rows");
        })).isInstanceOf(IOException.class).hasMessage("connection lost");
        assertThat(seen).hasSize(2_500);
        assertThat(finishedWith.get()).as("the consumer stopped instead of finishing").isNull();
    }

    @Test
    void aDefectInTheProducerIsRethrownAsItself() {
        assertThatThrownBy(() -> Pipe.run("producer", sink -> {
            throw new StackOverflowError("deep");
        }, (Object o) -> { })).isInstanceOf(StackOverflowError.class);
    }
}
