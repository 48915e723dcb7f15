package vn.hatinh.consolidator.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.hatinh.consolidator.ingest.RecordType;
import vn.hatinh.consolidator.ingest.SourceRow;

/**
 * 50,000 rows (25,000 events, each reported twice with other spellings and a day apart) consolidate without
 * comparing all pairs: blocking keeps this to seconds. The time is printed, not asserted; the README gives the
 * benchmark's figures.
 */
class ConsolidatorScaleTests {

    @Test
    void fiftyThousandRowsConsolidateIntoTheirEvents() {
        Random random = new Random(7);
        String[] countries = {"LA", "TH", "KR", "JP", "FR", "US", "RU", "CN"};
        List<Candidate> candidates = new ArrayList<>();
        long id = 0;
        for (int e = 0; e < 25_000; e++) {
            String country = countries[e % countries.length];
            String partner = "Đối tác số " + e;
            LocalDate start = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(1800));
            RecordType type = e % 2 == 0 ? RecordType.INBOUND : RecordType.OUTBOUND;
            for (int copy = 0; copy < 2; copy++) {
                id++;
                SourceRow row = new SourceRow(type, "S", (int) id, start.plusDays(copy), start.plusDays(copy + 2),
                        country, copy == 0 ? partner : "tỉnh " + partner.toUpperCase(), null, null, null, null,
                        5 + copy, null, null, null, null, null, null, null, null, null, null, Map.of());
                candidates.add(new Candidate(id, "k" + id, copy == 0 ? "SNGV" : "NX", copy == 0 ? 1 : 3, id, "f", row));
            }
        }
        long started = System.nanoTime();
        ConsolidationResult result = ConsolidatorTests.CONSOLIDATOR.consolidate(candidates, List.of());
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Consolidated %d rows into %d records in %d ms%n", candidates.size(), result.records().size(),
                millis);
        assertThat(result.records().size()).isEqualTo(25_000);
        assertThat(result.records().stream().filter(r -> r.sources().size() != 2).count()).isZero();
    }
}
