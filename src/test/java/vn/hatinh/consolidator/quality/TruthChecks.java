package vn.hatinh.consolidator.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;

import tools.jackson.databind.JsonNode;
import vn.hatinh.consolidator.cli.Main;

/**
 * Compares what the whole command line concluded from a drop folder with the folder's truth.json: every file's
 * status, the rejected rows, and the pairwise precision and recall of the links (two rows of one event in one record).
 * Shared by the dev-data folders and the generated ones.
 */
final class TruthChecks {

    /** The exports of one ingested folder, and the global options that reach its store. */
    record Exports(List<CSVRecord> submissions, List<CSVRecord> rejections, List<CSVRecord> links, String[] global) {
    }

    /** Rows truth calls invalid that were not rejected, and rows rejected that truth calls valid. */
    record RejectionDiff(Set<String> missed, Set<String> wrong) {
    }

    private TruthChecks() {
    }

    /** Runs ingest over the inbox into a fresh store under work, then exports submissions, rejections and links. */
    static Exports ingestAndExport(Path inbox, Path work) throws Exception {
        String[] global = {"--data-dir", work.resolve("data").toString(), "--jobs-dir", "jobs"};
        assertThat(Main.run(concat(new String[] {"ingest", "--inbox", inbox.toString()}, global))).isZero();
        Path submissions = work.resolve("submissions.csv");
        Path rejections = work.resolve("rejections.csv");
        Path links = work.resolve("links.csv");
        assertThat(Main.run(concat(new String[] {"export", "submissions", "--out", submissions.toString()}, global))).isZero();
        assertThat(Main.run(concat(new String[] {"export", "rejections", "--out", rejections.toString()}, global))).isZero();
        assertThat(Main.run(concat(new String[] {"export", "links", "--out", links.toString()}, global))).isZero();
        return new Exports(read(submissions), read(rejections), read(links), global);
    }

    /** Checks every file's status; returns, for byte-identical files, the path truth lists rows under. */
    static Map<String, String> checkStatuses(JsonNode truth, List<CSVRecord> exported) {
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

    static void checkRejections(JsonNode truth, List<CSVRecord> exported, Map<String, String> canonical) {
        RejectionDiff diff = rejections(truth, exported, canonical);
        assertThat(diff.missed()).as("invalid rows not rejected").isEmpty();
        assertThat(diff.wrong()).as("valid rows rejected").isEmpty();
    }

    static RejectionDiff rejections(JsonNode truth, List<CSVRecord> exported, Map<String, String> canonical) {
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
        return new RejectionDiff(missed, wrong);
    }

    /** Pairwise precision and recall of the links against truth's events, over the valid rows of active files. */
    static double[] precisionRecall(JsonNode truth, List<CSVRecord> exported, Map<String, String> canonical) {
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

    static List<CSVRecord> read(Path csv) throws Exception {
        // the exports begin with a byte order mark for Excel
        return vn.hatinh.consolidator.support.ExportedCsv.read(csv);
    }

    static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
