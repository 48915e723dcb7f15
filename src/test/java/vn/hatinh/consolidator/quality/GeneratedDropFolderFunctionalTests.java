package vn.hatinh.consolidator.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import tools.jackson.databind.JsonNode;

/**
 * The whole ingest job on drop folders no one has seen: {@link DropFolderGenerator} writes one per seed with its
 * truth, and the job must give every file the status truth says and reject exactly the invalid rows. Pairwise
 * precision and recall of the links must each reach 0.995.
 */
class GeneratedDropFolderFunctionalTests {

    /** The seeds run; -Dgenerated.seeds=7,8 runs others (a failing folder is kept under target/ to look at). */
    static final long[] SEEDS = java.util.Arrays.stream(System.getProperty("generated.seeds", "1201,1202,1203")
            .split(",")).mapToLong(s -> Long.parseLong(s.trim())).toArray();

    /** One ingest per seed and JVM: the status test and the matching test read the same outcome. */
    private static final Map<Long, Outcome> OUTCOMES = new ConcurrentHashMap<>();

    record Outcome(JsonNode truth, TruthChecks.Exports exports, Map<String, String> canonical, double precision,
                   double recall) {
    }

    static synchronized Outcome outcome(long seed) throws Exception {
        Outcome known = OUTCOMES.get(seed);
        if (known != null) {
            return known;
        }
        Path folder = Path.of("target", "generated-drop-folders", "seed-" + seed + "-" + System.nanoTime());
        DropFolderGenerator.Truth generated = DropFolderGenerator.generate(seed, folder, Path.of("jobs/reference"));
        JsonNode truth = DevDataFunctionalTests.JSON.readTree(folder.resolve("truth.json").toFile());
        TruthChecks.Exports exports = TruthChecks.ingestAndExport(folder.resolve("inbox"), folder.resolve("work"));
        Map<String, String> canonical = TruthChecks.checkStatuses(truth, exports.submissions());
        double[] pr = TruthChecks.precisionRecall(truth, exports.links(), canonical);
        long invalid = generated.rows().stream().filter(r -> r.invalid() != null).count();
        System.out.printf("seed %d: %d files, %d rows (%d invalid), %d events; pairwise precision %.4f recall %.4f%n",
                seed, generated.files().size(), generated.rows().size(), invalid, generated.events(), pr[0], pr[1]);
        Outcome outcome = new Outcome(truth, exports, canonical, pr[0], pr[1]);
        OUTCOMES.put(seed, outcome);
        return outcome;
    }

    @TestFactory
    Stream<DynamicTest> everyFileHasItsStatusAndExactlyTheInvalidRowsAreRejected() {
        return LongStream.of(SEEDS).boxed().map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            Outcome o = outcome(seed);
            TruthChecks.RejectionDiff diff = TruthChecks.rejections(o.truth(), o.exports().rejections(), o.canonical());
            System.out.printf("seed %d: %d invalid rows not rejected, %d valid rows rejected%n", seed,
                    diff.missed().size(), diff.wrong().size());
            assertThat(diff.missed()).as("invalid rows not rejected").isEmpty();
            assertThat(diff.wrong()).as("valid rows rejected").isEmpty();
            assertThat(o.truth().get("rows").size()).as("a folder of some size").isGreaterThan(150);
        }));
    }

    @TestFactory
    Stream<DynamicTest> theLinksJoinExactlyTheRowsOfOneEvent() {
        return LongStream.of(SEEDS).boxed().map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            Outcome o = outcome(seed);
            assertThat(o.precision()).as("pairwise precision").isGreaterThanOrEqualTo(0.995);
            assertThat(o.recall()).as("pairwise recall").isGreaterThanOrEqualTo(0.995);
        }));
    }
}
