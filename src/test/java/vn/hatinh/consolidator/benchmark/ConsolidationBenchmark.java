package vn.hatinh.consolidator.benchmark;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import vn.hatinh.consolidator.consolidate.Candidate;
import vn.hatinh.consolidator.consolidate.ConsolidatedRecord;
import vn.hatinh.consolidator.consolidate.ConsolidationRun;
import vn.hatinh.consolidator.consolidate.ConsolidationSink;
import vn.hatinh.consolidator.consolidate.Consolidator;
import vn.hatinh.consolidator.consolidate.MatchModel;
import vn.hatinh.consolidator.consolidate.PartnerGazetteer;
import vn.hatinh.consolidator.consolidate.ReviewPair;
import vn.hatinh.consolidator.ingest.RecordType;
import vn.hatinh.consolidator.ingest.SourceRow;

/**
 * Consolidation alone, measured not asserted: rows of realistic, distinct partner names and project titles (made
 * of syllables, no numbered partners), each event reported by one to three units with the variations units make
 * (missing diacritics, case, generic words, a day apart, a person more or less), streamed in day order as the job
 * streams them: one pass to estimate the parameters, one to match. Prints time, rows/s, heap, and pairwise precision
 * and recall against the generator's truth. {@code -Dbenchmark.consolidationRows=100000}.
 */
class ConsolidationBenchmark {

    static final String[] SYLLABLES = {"sa", "van", "na", "khet", "bo", "li", "kham", "xay", "luang", "pra", "bang",
            "chiang", "mai", "u", "don", "tha", "ni", "nong", "khai", "phon", "som", "ra", "ta", "ki", "yo", "shi",
            "ma", "ga", "ku", "sen", "dai", "pak", "se", "vang", "vieng", "lao", "ton", "mu", "ang", "ho", "ri", "ka",
            "no", "sun", "hwa", "jeon", "gyeong", "san", "bu", "chon"};
    static final String[] KINDS = {"tỉnh ", "Đại học ", "Sở Y tế ", "Công ty ", "Hội hữu nghị ", "Quỹ ", ""};
    static final String[] COUNTRIES = {"LA", "TH", "KR", "JP", "CN", "US", "FR", "DE", "GB", "AU", "SG", "RU", "IN",
            "CA", "BE", "IL", "TW", "NZ", "IT", "NL"};
    static final String[] SECTORS = {"nước sạch", "giáo dục", "y tế", "giảm nghèo", "bảo vệ môi trường",
            "an sinh xã hội"};
    static final String[] UNITS = {"SNGV", "SYT", "SGDDT", "NX", "CX", "KA", "HK", "TH", "LH", "DT"};

    @Test
    void consolidatesRealisticDistinctNames() {
        int rows = Integer.getInteger("benchmark.consolidationRows", 100_000);
        Consolidator consolidator = new Consolidator(PartnerGazetteer.load(Path.of("jobs/reference/partners.csv"),
                Path.of("jobs/reference/countries.csv")));
        HeapWatch heap = new HeapWatch();
        // the generator's own cost, to subtract: it makes the rows twice (one pass to estimate, one to match)
        Instant g0 = Instant.now();
        new Generator(rows).stream(c -> { });
        double generation = (Instant.now().toEpochMilli() - g0.toEpochMilli()) / 1000.0;
        Instant f0 = Instant.now();
        new Generator(rows).stream(c -> vn.hatinh.consolidator.consolidate.Consolidator.featuresForBenchmark(c,
                consolidator.partners()));
        double features = (Instant.now().toEpochMilli() - f0.toEpochMilli()) / 1000.0 - generation;
        System.gc();
        Instant start = Instant.now();
        MatchModel.Estimator estimator = new MatchModel.Estimator(consolidator.partners());
        new Generator(rows).stream(estimator::accept);
        MatchModel model = estimator.estimate();
        Instant estimated = Instant.now();

        Map<Long, String> recordOf = new HashMap<>();
        long[] review = new long[1];
        ConsolidationRun run = consolidator.with(model).start(List.of(), new ConsolidationSink() {
            @Override
            public void record(ConsolidatedRecord record) {
                for (Candidate c : record.sources()) {
                    recordOf.put(c.sourceRowId(), record.id());
                }
            }

            @Override
            public void reviewPair(ReviewPair pair) {
                review[0]++;
            }
        });
        Generator matching = new Generator(rows);
        matching.stream(run::accept);
        ConsolidationRun.Totals totals = run.finish();
        Instant end = Instant.now();

        double seconds = (end.toEpochMilli() - start.toEpochMilli()) / 1000.0;
        System.out.printf(Locale.ROOT, "consolidation benchmark: %d rows, %d events, %d records, %d review items%n",
                totals.rows(), matching.events, totals.records(), review[0]);
        System.out.printf(Locale.ROOT, "  estimate %.2f s, match %.2f s, total %.2f s, %.0f rows/s%n",
                (estimated.toEpochMilli() - start.toEpochMilli()) / 1000.0,
                (end.toEpochMilli() - estimated.toEpochMilli()) / 1000.0, seconds, totals.rows() / seconds);
        System.out.printf(Locale.ROOT, "  generating the rows once %.2f s (in each pass above); their features once %.2f s%n",
                generation, features);
        System.out.printf(Locale.ROOT, "  live heap %s MB, heap in use %s MB (truth and links of the check included)%n",
                heap.liveBetween(start, end), heap.usedBetween(start, end));
        double[] pr = precisionRecall(matching.eventOf, recordOf);
        System.out.printf(Locale.ROOT, "  pairwise precision %.4f recall %.4f%n", pr[0], pr[1]);
    }

    static double[] precisionRecall(Map<Long, Integer> eventOf, Map<Long, String> recordOf) {
        Map<Integer, Long> byEvent = new HashMap<>();
        Map<String, Long> byRecord = new HashMap<>();
        Map<String, Long> byBoth = new HashMap<>();
        eventOf.forEach((row, event) -> {
            String record = recordOf.get(row);
            byEvent.merge(event, 1L, Long::sum);
            byRecord.merge(record, 1L, Long::sum);
            byBoth.merge(event + "|" + record, 1L, Long::sum);
        });
        long t = byEvent.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
        long o = byRecord.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
        long b = byBoth.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
        return new double[] {o == 0 ? 1 : (double) b / o, t == 0 ? 1 : (double) b / t};
    }

    /** A seeded drop of rows in day order; the same seed gives the same rows on every pass. */
    static final class Generator {
        final int rows;
        final Map<Long, Integer> eventOf = new HashMap<>();
        int events;
        private final Random random = new Random(12L);
        private final List<String[]> partners = new ArrayList<>();
        private long id;

        Generator(int rows) {
            this.rows = rows;
            Set<String> seen = new HashSet<>();
            while (partners.size() < Math.max(200, rows / 20)) {
                String name = word(2 + random.nextInt(2)) + (random.nextInt(3) == 0 ? " " + word(2) : "");
                if (seen.add(name)) {
                    partners.add(new String[] {KINDS[random.nextInt(KINDS.length)] + name,
                            COUNTRIES[random.nextInt(COUNTRIES.length)]});
                }
            }
        }

        private String word(int syllables) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < syllables; i++) {
                sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
        }

        void stream(Consumer<Candidate> out) {
            LocalDate first = LocalDate.of(2019, 1, 1);
            int days = 5 * 365;
            double perDay = rows / 2.0 / days;
            TreeMap<LocalDate, List<Candidate>> pending = new TreeMap<>();
            int produced = 0;
            for (int d = 0; d < days || !pending.isEmpty(); d++) {
                LocalDate day = first.plusDays(d);
                if (d < days) {
                    int today = (int) perDay + (random.nextDouble() < perDay - (int) perDay ? 1 : 0);
                    for (int e = 0; e < today && produced < rows; e++) {
                        produced += event(day, pending);
                    }
                }
                while (!pending.isEmpty() && !pending.firstKey().isAfter(day)) {
                    pending.pollFirstEntry().getValue().forEach(out);
                }
            }
        }

        private int event(LocalDate day, TreeMap<LocalDate, List<Candidate>> pending) {
            int event = events++;
            String[] partner = partners.get(random.nextInt(partners.size()));
            int kind = random.nextInt(20);
            RecordType type = kind < 10 ? RecordType.INBOUND : kind < 16 ? RecordType.OUTBOUND
                    : kind < 18 ? RecordType.SEMINAR : kind < 19 ? RecordType.AGREEMENT : RecordType.AID;
            String title = switch (type) {
                case SEMINAR -> "Hội thảo hợp tác " + SECTORS[random.nextInt(SECTORS.length)] + " với " + partner[0];
                case AGREEMENT -> "Thỏa thuận hợp tác giữa tỉnh Hà Tĩnh và " + partner[0];
                case AID -> "Dự án " + SECTORS[random.nextInt(SECTORS.length)] + " tại xã " + word(2) + ", huyện "
                        + word(2) + " giai đoạn " + day.getYear() + "-" + (day.getYear() + 1 + random.nextInt(3));
                default -> "Đoàn công tác " + partner[0];
            };
            int count = 2 + random.nextInt(20);
            int reporters = 1 + random.nextInt(3);
            for (int r = 0; r < reporters; r++) {
                LocalDate start = day.plusDays(random.nextInt(3) == 0 ? 1 : 0);
                String p = vary(partner[0]);
                String t = type == RecordType.INBOUND || type == RecordType.OUTBOUND ? vary(title) : vary(title);
                int n = Math.max(1, count + random.nextInt(3) - 1);
                String country = type == RecordType.SEMINAR || type == RecordType.AID ? null : partner[1];
                SourceRow row = new SourceRow(type, "Sheet", (int) id + 7, start, start.plusDays(2), country, p,
                        t, null, null, null, n, null, null, null, null, null, null, null, null, null, null, Map.of());
                id++;
                Candidate c = new Candidate(id, "k" + id, UNITS[r], r == 0 ? 1 : 3, id, UNITS[r] + "/f.xlsx", row);
                eventOf.put(id, event);
                pending.computeIfAbsent(start, k -> new ArrayList<>()).add(c);
            }
            return reporters;
        }

        /** What units do to a name: drop the diacritics, change the case, add or drop a generic word. */
        private String vary(String text) {
            return switch (random.nextInt(5)) {
                case 0 -> java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D');
                case 1 -> text.toUpperCase(Locale.ROOT);
                case 2 -> text.startsWith("tỉnh ") ? text.substring(5) : text;
                default -> text;
            };
        }
    }
}
