package vn.hatinh.consolidator.consolidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.hatinh.consolidator.ingest.RecordType;
import vn.hatinh.consolidator.ingest.SourceRow;

/**
 * The streaming run emits a record as soon as no later row can join it, so what it holds depends on the rows of the
 * last few weeks, not on the total; records leave in start order, each with an id of its own.
 */
class ConsolidationRunTests {

    private long ids;

    private Candidate inbound(String unit, int level, String country, String partner, LocalDate start) {
        ids++;
        SourceRow row = new SourceRow(RecordType.INBOUND, "S", (int) ids, start, start.plusDays(1), country, partner,
                null, null, null, null, 5, null, null, null, null, null, null, null, null, null, null, Map.of());
        return new Candidate(ids, String.format("k%08d", ids), unit, level, ids, "f", row);
    }

    /** Collects what the run emits and remembers how many rows had arrived when each record came out. */
    private static final class Recorder implements ConsolidationSink {
        final List<ConsolidatedRecord> records = new ArrayList<>();
        final List<Long> rowsSeenAtEmission = new ArrayList<>();
        final List<ReviewPair> pairs = new ArrayList<>();
        long rowsSeen;

        @Override
        public void record(ConsolidatedRecord record) {
            records.add(record);
            rowsSeenAtEmission.add(rowsSeen);
        }

        @Override
        public void reviewPair(ReviewPair pair) {
            pairs.add(pair);
        }
    }

    @Test
    void recordsLeaveTheRunWhileRowsStillArriveAndIdsFollowTheDates() {
        Recorder sink = new Recorder();
        ConsolidationRun run = ConsolidatorTests.CONSOLIDATOR.start(List.of(), sink);
        String[] countries = {"LA", "TH", "KR", "JP"};
        int events = 40_000;
        LocalDate first = LocalDate.of(2020, 1, 1);
        for (int e = 0; e < events; e++) {
            // 40 events a day, each reported by two units a day apart
            LocalDate start = first.plusDays(e / 40);
            String partner = "Đối tác số " + e;
            String country = countries[e % countries.length];
            run.accept(inbound("SNGV", 1, country, partner, start));
            sink.rowsSeen++;
        }
        ConsolidationRun.Totals totals = run.finish();

        assertThat(totals.rows()).isEqualTo(events);
        assertThat(sink.records).hasSize(events);
        // at most a few sweeps' worth of records wait for the end: the rest left while rows kept arriving
        long leftAtTheEnd = sink.rowsSeenAtEmission.stream().filter(n -> n == events).count();
        assertThat(leftAtTheEnd).isLessThan(10_000);
        List<LocalDate> starts = sink.records.stream().map(r -> r.chosen().start()).toList();
        assertThat(starts).isSorted();
        assertThat(sink.records).extracting(ConsolidatedRecord::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("I-[0-9a-f]{16}"));
    }

    @Test
    void aRecordsIdComesFromItsSourcesNotFromWhereTheyAreStored() {
        Candidate a = inbound("SNGV", 1, "LA", "Đối tác A", LocalDate.of(2024, 3, 5));
        Candidate b = inbound("NX", 3, "LA", "Đối tác A", LocalDate.of(2024, 3, 6));
        Candidate bStoredElsewhere = new Candidate(900, b.sourceKey(), b.unit(), b.unitLevel(), 7, b.path(), b.row());
        Candidate c = inbound("NX", 3, "LA", "Đối tác C", LocalDate.of(2024, 3, 6));

        String id = ConsolidationRun.idOf(RecordType.INBOUND, List.of(a, b));
        assertThat(ConsolidationRun.idOf(RecordType.INBOUND, List.of(bStoredElsewhere, a))).isEqualTo(id);
        assertThat(ConsolidationRun.idOf(RecordType.INBOUND, List.of(b, c))).isNotEqualTo(id);
        assertThat(ConsolidationRun.idOf(RecordType.OUTBOUND, List.of(a, b))).isNotEqualTo(id).startsWith("O-");
    }

    @Test
    void twoReportsOfOneEventAreJoinedAcrossTheStream() {
        Recorder sink = new Recorder();
        ConsolidationRun run = ConsolidatorTests.CONSOLIDATOR.start(List.of(), sink);
        LocalDate first = LocalDate.of(2022, 5, 1);
        List<Candidate> rows = new ArrayList<>();
        for (int e = 0; e < 5_000; e++) {
            LocalDate start = first.plusDays(e / 20);
            rows.add(inbound("SNGV", 1, "LA", "Đối tác số " + e, start));
            rows.add(inbound("NX", 3, "LA", "tỉnh ĐỐI TÁC SỐ " + e, start.plusDays(1)));
        }
        rows.sort(java.util.Comparator.comparing(Node::dayOf).thenComparingLong(Candidate::sourceRowId));
        rows.forEach(run::accept);
        run.finish();

        assertThat(sink.records).hasSize(5_000).allSatisfy(r -> {
            assertThat(r.sources()).hasSize(2);
            assertThat(r.sources().get(0).unit()).isEqualTo("SNGV");
            assertThat(r.evidence()).singleElement().satisfies(e -> assertThat(e.rule()).isEqualTo("fellegi-sunter"));
        });
    }

    @Test
    void rowsOutOfDayOrderAreRefusedRatherThanMatchedWrongly() {
        ConsolidationRun run = ConsolidatorTests.CONSOLIDATOR.start(List.of(), new Recorder());
        run.accept(inbound("SNGV", 1, "LA", "A", LocalDate.of(2024, 3, 10)));
        assertThatThrownBy(() -> run.accept(inbound("SNGV", 1, "LA", "B", LocalDate.of(2024, 3, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("day order");
    }
}
