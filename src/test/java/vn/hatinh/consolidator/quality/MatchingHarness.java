package vn.hatinh.consolidator.quality;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mariadb.jdbc.MariaDbDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hatinh.consolidator.consolidate.Candidate;
import vn.hatinh.consolidator.consolidate.CountingRows;
import vn.hatinh.consolidator.consolidate.ConsolidatedRecord;
import vn.hatinh.consolidator.consolidate.ConsolidationResult;
import vn.hatinh.consolidator.consolidate.Consolidator;
import vn.hatinh.consolidator.consolidate.PartnerGazetteer;
import vn.hatinh.consolidator.consolidate.ReviewPair;
import vn.hatinh.consolidator.ingest.SourceRowStore;
import vn.hatinh.consolidator.reference.Unit;
import vn.hatinh.consolidator.reference.UnitRegistry;
import vn.hatinh.consolidator.store.EmbeddedMariaDb;

/**
 * A development tool, not a test: reruns consolidation alone over the rows an earlier {@code ingest} stored, and
 * prints pairwise precision and recall against the folder's truth.json, so matching can be iterated on in seconds.
 * The rows are dumped once to a JSON-lines file beside the data directory.
 * <p>
 * {@code java -cp ... MatchingHarness DATA_DIR TRUTH_JSON [--details]}
 */
public final class MatchingHarness {

    static final JsonMapper JSON = JsonMapper.builder().build();

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        Path truthFile = Path.of(args[1]);
        boolean details = args.length > 2;
        List<Candidate> candidates = candidates(dataDir);
        Consolidator consolidator = new Consolidator(PartnerGazetteer.load(Path.of("jobs/reference/partners.csv"),
                Path.of("jobs/reference/countries.csv")));
        long t0 = System.nanoTime();
        var model = consolidator.estimate(candidates);
        long est = (System.nanoTime() - t0) / 1_000_000;
        model.types().forEach((type, p) -> {
            System.out.printf("%s lambda %.4f pairs %d%n", type, p.lambda(), p.pairs());
            for (int f = 0; f < p.m().length; f++) {
                System.out.printf("   f%d m %s u %s%n", f, java.util.Arrays.toString(round(p.m()[f])),
                        java.util.Arrays.toString(round(p.u()[f])));
            }
        });
        System.out.println("estimated in " + est + " ms");
        ConsolidationResult result = consolidator.with(model).consolidate(candidates, List.of());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        report(JSON.readTree(truthFile.toFile()), candidates, result, ms, details);
    }

    static List<Candidate> candidates(Path dataDir) throws Exception {
        Path dump = dataDir.resolveSibling(dataDir.getFileName() + "-candidates.jsonl");
        if (!Files.exists(dump)) {
            UnitRegistry units = UnitRegistry.load(Path.of("jobs/reference/units.csv"));
            try (EmbeddedMariaDb server = EmbeddedMariaDb.start(dataDir);
                 BufferedWriter out = Files.newBufferedWriter(dump, StandardCharsets.UTF_8)) {
                MariaDbDataSource ds = new MariaDbDataSource(server.jdbcUrl() + "?user=root");
                SourceRowStore rows = new SourceRowStore(new JdbcTemplate(ds));
                Map<Long, Object[]> sources = new HashMap<>();
                long rank = 0;
                for (SourceRowStore.CountingSubmission s : rows.countingSubmissionsOldestFirst()) {
                    int level = units.byCode(s.unit()).map(Unit::level).orElse(9);
                    sources.put(s.id(), new Object[] {s.unit(), level, rank++, s.path(), s.sha256()});
                }
                new CountingRows(new JdbcTemplate(ds)).forEachCounting(r -> {
                    Object[] s = sources.get(r.submissionId());
                    String key = s[4] + ":" + r.row().sheet() + ":" + r.row().rowNumber() + ":" + r.row().type().code();
                    Candidate c = new Candidate(r.id(), key, (String) s[0], (int) s[1], (long) s[2], (String) s[3],
                            r.row());
                    try {
                        out.write(JSON.writeValueAsString(c));
                        out.newLine();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
        }
        List<Candidate> list = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(dump, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                list.add(JSON.readValue(line, Candidate.class));
            }
        }
        return list;
    }

    static void report(JsonNode truth, List<Candidate> candidates, ConsolidationResult result, long ms,
                       boolean details) {
        Map<String, String> eventOf = new HashMap<>();
        for (JsonNode r : truth.get("rows")) {
            if ("active".equals(r.get("status").asString()) && r.get("event") != null && !r.get("event").isNull()) {
                eventOf.put(r.get("file").asString() + "|" + r.get("sheet").asString() + "|" + r.get("row").asInt(),
                        r.get("event").asString());
            }
        }
        Map<Long, String> recordOfRow = new HashMap<>();
        Map<Long, Candidate> byId = new HashMap<>();
        for (ConsolidatedRecord r : result.records()) {
            for (Candidate c : r.sources()) {
                recordOfRow.put(c.sourceRowId(), r.id());
                byId.put(c.sourceRowId(), c);
            }
        }
        List<Candidate> known = new ArrayList<>();
        int unknown = 0;
        for (Candidate c : candidates) {
            if (eventOf.containsKey(tk(c))) {
                known.add(c);
            } else {
                unknown++;
            }
        }
        long truePairs = 0, ourPairs = 0, both = 0;
        Map<String, long[]> byType = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        // only pairs sharing an event or a record count: compare within those groups, not all against all
        Map<String, List<Candidate>> groups = new HashMap<>();
        for (Candidate c : known) {
            groups.computeIfAbsent("e" + eventOf.get(tk(c)), k -> new ArrayList<>()).add(c);
            groups.computeIfAbsent("r" + recordOfRow.get(c.sourceRowId()), k -> new ArrayList<>()).add(c);
        }
        java.util.Set<String> counted = new java.util.HashSet<>();
        for (List<Candidate> g : groups.values()) {
            for (int i = 0; i < g.size(); i++) {
                Candidate a = g.get(i);
                for (int j = i + 1; j < g.size(); j++) {
                    Candidate b = g.get(j);
                    long lo = Math.min(a.sourceRowId(), b.sourceRowId());
                    long hi = Math.max(a.sourceRowId(), b.sourceRowId());
                    if (!counted.add(lo + ":" + hi)) {
                        continue;
                    }
                    boolean se = eventOf.get(tk(a)).equals(eventOf.get(tk(b)));
                    boolean sr = recordOfRow.get(a.sourceRowId()).equals(recordOfRow.get(b.sourceRowId()));
                    long[] t = byType.computeIfAbsent(a.row().type().name(), k -> new long[3]);
                    if (se) { truePairs++; t[0]++; }
                    if (sr) { ourPairs++; t[1]++; }
                    if (se && sr) { both++; t[2]++; }
                    if (sr && !se) wrong.add(describe(a) + "\n    vs " + describe(b));
                    if (se && !sr) missed.add(describe(a) + "\n    vs " + describe(b));
                }
            }
        }
        System.out.printf("rows %d (not in truth %d) records %d review %d in %d ms%n", candidates.size(), unknown,
                result.records().size(), result.reviewPairs().size(), ms);
        System.out.printf("precision %.4f recall %.4f (pairs true %d ours %d both %d)%n",
                ourPairs == 0 ? 1.0 : (double) both / ourPairs, truePairs == 0 ? 1.0 : (double) both / truePairs,
                truePairs, ourPairs, both);
        byType.forEach((k, t) -> System.out.printf("  %-10s precision %.4f recall %.4f (true %d ours %d)%n", k,
                t[1] == 0 ? 1.0 : (double) t[2] / t[1], t[0] == 0 ? 1.0 : (double) t[2] / t[0], t[0], t[1]));
        if (details) {
            System.out.println("--- wrong merges (" + wrong.size() + ")");
            wrong.stream().limit(60).forEach(System.out::println);
            System.out.println("--- missed (" + missed.size() + ")");
            missed.stream().limit(60).forEach(System.out::println);
            System.out.println("--- review sample");
            result.reviewPairs().stream().sorted(Comparator.comparingDouble(ReviewPair::score).reversed()).limit(30)
                    .forEach(p -> System.out.println(p.score() + " " + p.explanation()));
        }
    }

    private static double[] round(double[] a) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = Math.round(a[i] * 1000) / 1000.0;
        }
        return r;
    }

    private static String tk(Candidate c) {
        return c.path() + "|" + c.row().sheet() + "|" + c.row().rowNumber();
    }

    private static String describe(Candidate c) {
        var r = c.row();
        return r.type() + " " + r.start() + " " + r.country() + " p=" + r.partner() + " t=" + r.title() + " d="
                + r.decision() + " n=" + r.count() + " [" + c.unit() + " " + c.path() + " " + r.sheet() + ":"
                + r.rowNumber() + "]";
    }
}
