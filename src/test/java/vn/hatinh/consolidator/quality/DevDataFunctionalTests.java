package vn.hatinh.consolidator.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
        TruthChecks.Exports exports = TruthChecks.ingestAndExport(folder.resolve("inbox"), work);
        String[] global = exports.global();
        Map<String, String> canonical = TruthChecks.checkStatuses(truth, exports.submissions());
        TruthChecks.RejectionDiff diff = TruthChecks.rejections(truth, exports.rejections(), canonical);
        System.out.printf("%s: %d invalid rows not rejected, %d valid rows rejected%n", folder.getFileName(),
                diff.missed().size(), diff.wrong().size());
        assertThat(diff.missed()).as("invalid rows not rejected").isEmpty();
        assertThat(diff.wrong()).as("valid rows rejected").isEmpty();
        double[] pr = TruthChecks.precisionRecall(truth, exports.links(), canonical);
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
            assertThat(Main.run(TruthChecks.concat(command, global))).isZero();
            JsonNode figures = JSON.readTree(out.resolve("figures.json").toFile());
            assertThat(figures).as("figures.json of %s %s..%s", report.get("kind").asString(), from, to)
                    .isEqualTo(report);
        }
    }
}
