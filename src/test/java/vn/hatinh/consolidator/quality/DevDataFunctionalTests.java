package vn.hatinh.consolidator.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hatinh.consolidator.cli.Main;

/**
 * The quality check the project keeps: the whole command line on each drop folder of ../shared/dev-data, compared
 * with its truth.json: every file's status, the rejected rows, the pairwise precision and recall of the links, and
 * the figures of each report period. Skipped when the folder is absent.
 */
class DevDataFunctionalTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static Path devData() {
        for (Path p : List.of(Path.of("../shared/dev-data"), Path.of("/work/shared/dev-data"))) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }

    @TestFactory
    Stream<DynamicTest> eachDevDataFolderMatchesItsTruth() throws Exception {
        Path root = devData();
        Assumptions.assumeTrue(root != null, "../shared/dev-data is absent");
        List<Path> folders;
        try (Stream<Path> s = Files.list(root)) {
            folders = s.filter(p -> Files.isRegularFile(p.resolve("truth.json"))).sorted().toList();
        }
        return folders.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(),
                () -> check(folder)));
    }

    private void check(Path folder) throws Exception {
        JsonNode truth = JSON.readTree(folder.resolve("truth.json").toFile());
        Path work = Path.of("target", "dev-data", folder.getFileName().toString() + "-" + System.nanoTime());
        String[] global = {"--data-dir", work.resolve("data").toString(), "--jobs-dir", "jobs"};
        assertThat(Main.run(concat(new String[] {"ingest", "--inbox", folder.resolve("inbox").toString()}, global)))
                .isZero();
        Path submissions = work.resolve("submissions.csv");
        Path rejections = work.resolve("rejections.csv");
        Path links = work.resolve("links.csv");
        assertThat(Main.run(concat(new String[] {"export", "submissions", "--out", submissions.toString()}, global))).isZero();
        assertThat(Main.run(concat(new String[] {"export", "rejections", "--out", rejections.toString()}, global))).isZero();
        assertThat(Main.run(concat(new String[] {"export", "links", "--out", links.toString()}, global))).isZero();

        Map<String, String> canonical = checkStatuses(truth, read(submissions));
        checkRejections(truth, read(rejections), canonical);
        double[] pr = precisionRecall(truth, read(links), canonical);
        System.out.printf("%s: pairwise precision %.4f recall %.4f%n", folder.getFileName(), pr[0], pr[1]);
        assertThat(pr[0]).as("pairwise precision").isGreaterThanOrEqualTo(0.995);
        assertThat(pr[1]).as("pairwise recall").isGreaterThanOrEqualTo(0.995);

        for (JsonNode report : truth.get("reports")) {
            Path out = work.resolve("out-" + report.get("kind").asString());
            String from = report.get("period").get("from").asString();
            String to = report.get("period").get("to").asString();
            String[] command = report.get("kind").asString().equals("monthly")
                    ? new String[] {"report", "monthly", "--month", to.substring(0, 7), "--out", out.toString()}
                    : new String[] {"report", "term", "--from", from, "--to", to, "--out", out.toString()};
            assertThat(Main.run(concat(command, global))).isZero();
            JsonNode figures = JSON.readTree(out.resolve("figures.json").toFile());
            assertThat(figures).as("figures.json of %s %s..%s", report.get("kind").asString(), from, to)
                    .isEqualTo(report);
        }
    }

    /** Checks every file's status; returns, for byte-identical files, the path truth lists rows under. */
    private Map<String, String> checkStatuses(JsonNode truth, List<CSVRecord> exported) {
        Map<String, String> ours = new HashMap<>();
        for (CSVRecord r : exported) {
            ours.put(r.get("path"), r.get("status"));
        }
        Map<String, String> canonical = new HashMap<>();
        List<String> mismatches = new ArrayList<>();
        Set<String> originals = new HashSet<>();
        for (JsonNode f : truth.get("files")) {
            if (f.get("status").asString().equals("duplicate")) {
                originals.add(f.get("reason").asString().replaceFirst("^same content as ", ""));
            }
        }
        for (JsonNode f : truth.get("files")) {
            if (originals.contains(f.get("path").asString())) {
                continue; // checked with its copy below
            }
            String path = f.get("path").asString();
            String expected = switch (f.get("status").asString()) {
                case "active" -> "ACCEPTED";
                default -> f.get("status").asString().toUpperCase();
            };
            if (expected.equals("DUPLICATE")) {
                String original = f.get("reason").asString().replaceFirst("^same content as ", "");
                // which copy is taken in is the pipeline's choice: one ACCEPTED, the other DUPLICATE
                Set<String> pair = Set.of(ours.getOrDefault(path, "?"), ours.getOrDefault(original, "?"));
                if (!pair.equals(Set.of("ACCEPTED", "DUPLICATE"))) {
                    mismatches.add(path + " / " + original + ": " + pair);
                }
                if ("ACCEPTED".equals(ours.get(path))) {
                    canonical.put(path, original);
                }
                continue;
            }
            if (!expected.equals(ours.get(path))) {
                mismatches.add(path + ": expected " + expected + " but was " + ours.get(path));
            }
        }
        assertThat(mismatches).as("file statuses").isEmpty();
        assertThat(ours).as("every file has one status").hasSize(truth.get("files").size());
        return canonical;
    }

    private void checkRejections(JsonNode truth, List<CSVRecord> exported, Map<String, String> canonical) {
        Set<String> expected = new HashSet<>();
        for (JsonNode r : truth.get("rows")) {
            if (r.has("invalid")) {
                expected.add(r.get("file").asString() + "|" + r.get("sheet").asString() + "|" + r.get("row").asInt());
            }
        }
        Set<String> ours = new HashSet<>();
        for (CSVRecord r : exported) {
            ours.add(canonical.getOrDefault(r.get("path"), r.get("path")) + "|" + r.get("sheet") + "|" + r.get("row"));
        }
        Set<String> missed = new HashSet<>(expected);
        missed.removeAll(ours);
        Set<String> wrong = new HashSet<>(ours);
        wrong.removeAll(expected);
        assertThat(missed).as("invalid rows not rejected").isEmpty();
        assertThat(wrong).as("valid rows rejected").isEmpty();
    }

    private double[] precisionRecall(JsonNode truth, List<CSVRecord> exported, Map<String, String> canonical) {
        Map<String, String> eventOf = new HashMap<>();
        for (JsonNode r : truth.get("rows")) {
            if ("active".equals(r.get("status").asString()) && r.get("event") != null && !r.get("event").isNull()) {
                eventOf.put(r.get("file").asString() + "|" + r.get("sheet").asString() + "|" + r.get("row").asInt(),
                        r.get("event").asString());
            }
        }
        Map<String, String> recordOf = new HashMap<>();
        for (CSVRecord r : exported) {
            String key = canonical.getOrDefault(r.get("path"), r.get("path")) + "|" + r.get("sheet") + "|" + r.get("row");
            if (eventOf.containsKey(key)) {
                recordOf.put(key, r.get("record_id"));
            }
        }
        assertThat(recordOf.keySet()).as("every valid row of an accepted file is linked to a record")
                .containsExactlyInAnyOrderElementsOf(eventOf.keySet());
        List<String> keys = new ArrayList<>(eventOf.keySet());
        long truePairs = 0;
        long ourPairs = 0;
        long both = 0;
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                boolean sameEvent = eventOf.get(keys.get(i)).equals(eventOf.get(keys.get(j)));
                boolean sameRecord = recordOf.get(keys.get(i)).equals(recordOf.get(keys.get(j)));
                truePairs += sameEvent ? 1 : 0;
                ourPairs += sameRecord ? 1 : 0;
                both += sameEvent && sameRecord ? 1 : 0;
            }
        }
        return new double[] {ourPairs == 0 ? 1 : (double) both / ourPairs, truePairs == 0 ? 1 : (double) both / truePairs};
    }

    private static List<CSVRecord> read(Path csv) throws Exception {
        try (Reader reader = Files.newBufferedReader(csv)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
