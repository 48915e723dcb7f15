package vn.hatinh.consolidator.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import vn.hatinh.consolidator.ingest.workbook.RejectionReason;
import vn.hatinh.consolidator.ingest.workbook.WorkbookRejectedException;

/** The reader thread and the storing thread: every row arrives once and in order, and a failure on either side ends both. */
class PipedReadingTests {

    private static final Path FILE = Path.of("x.xlsx");

    private static ParsedRow row(int n) {
        return new ParsedRow(RecordType.INBOUND, "S", n, List.of("c" + n), null, "lý do");
    }

    private static final WorkbookReading READING = new WorkbookReading("SNGV", null, null, null, List.of());

    @Test
    void everyRowArrivesOnceInOrderOnTheCallersThread() throws Exception {
        List<Integer> seen = new ArrayList<>();
        AtomicReference<String> readerThread = new AtomicReference<>();
        Thread caller = Thread.currentThread();
        WorkbookReading reading = PipedReading.read((file, name, sink) -> {
            readerThread.set(Thread.currentThread().getName());
            for (int i = 1; i <= 25_432; i++) {
                sink.accept(row(i));
            }
            return READING;
        }, FILE, "x.xlsx", r -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            seen.add(r.rowNumber());
        });
        assertThat(reading).isSameAs(READING);
        assertThat(readerThread.get()).isEqualTo("workbook-reader");
        assertThat(seen).hasSize(25_432).isSorted().startsWith(1).endsWith(25_432);
    }

    @Test
    void aRejectionFromTheReaderReachesTheCallerAfterTheRowsBeforeIt() {
        List<Integer> seen = new ArrayList<>();
        assertThatThrownBy(() -> PipedReading.read((file, name, sink) -> {
            for (int i = 1; i <= 2_500; i++) {
                sink.accept(row(i));
            }
            throw new WorkbookRejectedException(RejectionReason.CORRUPT, "truncated");
        }, FILE, "x.xlsx", r -> seen.add(r.rowNumber())))
                .isInstanceOf(WorkbookRejectedException.class)
                .satisfies(e -> assertThat(((WorkbookRejectedException) e).reason()).isEqualTo(RejectionReason.CORRUPT));
        assertThat(seen).hasSize(2_500);
    }

    @Test
    void aStoringFailureStopsTheReaderBeforeItReadsTheWholeFile() {
        AtomicInteger produced = new AtomicInteger();
        AtomicReference<Thread> reader = new AtomicReference<>();
        assertThatThrownBy(() -> PipedReading.read((file, name, sink) -> {
            reader.set(Thread.currentThread());
            for (int i = 1; i <= 1_000_000; i++) {
                sink.accept(row(i));
                produced.incrementAndGet();
            }
            return READING;
        }, FILE, "x.xlsx", r -> {
            if (r.rowNumber() == 1_500) {
                throw new IllegalStateException("database gone");
            }
        })).isInstanceOf(IllegalStateException.class).hasMessage("database gone");
        assertThat(reader.get().isAlive()).isFalse();
        assertThat(produced.get()).isLessThan(10_000);
    }

    @Test
    void aDefectInTheReaderIsRethrownAsItself() {
        assertThatThrownBy(() -> PipedReading.read((file, name, sink) -> {
            throw new StackOverflowError("deep");
        }, FILE, "x.xlsx", r -> { })).isInstanceOf(StackOverflowError.class);
    }
}
