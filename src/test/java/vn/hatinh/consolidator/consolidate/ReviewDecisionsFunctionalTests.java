package vn.hatinh.consolidator.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import vn.hatinh.consolidator.cli.Main;
import vn.hatinh.consolidator.support.ExportedCsv;

/**
 * The operator splits two rows the matcher joined and merges two it kept apart; the next ingest (no new file)
 * rebuilds the records with both decisions applied, and they hold on every run after.
 */
class ReviewDecisionsFunctionalTests {

    static final Path WORK = Path.of("target", "functional", "review-" + System.nanoTime());
    static final String[] STORE = {"--data-dir", WORK.resolve("data").toString(), "--jobs-dir", "jobs"};

    @Test
    void operatorDecisionsAreAppliedAndReappliedOnLaterRuns() throws Exception {
        String inbox = vn.hatinh.consolidator.support.InputSamples.copyTo(WORK.resolve("inbox")).toString();
        assertThat(run("ingest", "--inbox", inbox, "--settle-seconds", "0")).isZero();
        List<CSVRecord> links = links("before.csv");
        // the Khammouane visit of 05/03 is reported by SNGV and Nghi Xuân: one record
        CSVRecord sngv = find(links, "SNGV/BaoCao_SNGV_202403.xlsx", "DoanVao", 6);
        CSVRecord district = find(links, "NX/bao cao quy I-2024.xls", "Doan vao", 8);
        assertThat(sngv.get("record_id")).isEqualTo(district.get("record_id"));
        // the Khammouane art troupe of 14/03 is another delegation
        CSVRecord troupe = find(links, "Bao cao SVHTTDL thang 3.xlsx", "DoanVao", 6);
        assertThat(troupe.get("record_id")).isNotEqualTo(sngv.get("record_id"));

        assertThat(run("review", "split", sngv.get("source_key"), district.get("source_key"))).isZero();
        assertThat(run("review", "merge", troupe.get("source_key"), sngv.get("source_key"))).isZero();
        for (int rerun = 0; rerun < 2; rerun++) {
            assertThat(run("ingest", "--inbox", inbox, "--settle-seconds", "0")).isZero();
            List<CSVRecord> after = links("after-" + rerun + ".csv");
            String sngvRecord = find(after, "SNGV/BaoCao_SNGV_202403.xlsx", "DoanVao", 6).get("record_id");
            assertThat(find(after, "NX/bao cao quy I-2024.xls", "Doan vao", 8).get("record_id")).isNotEqualTo(sngvRecord);
            assertThat(find(after, "Bao cao SVHTTDL thang 3.xlsx", "DoanVao", 6).get("record_id")).isEqualTo(sngvRecord);
        }
    }

    private static CSVRecord find(List<CSVRecord> links, String path, String sheet, int row) {
        // of the March report and its byte-identical copy, either may be the one taken in
        return links.stream().filter(r -> (r.get("path").equals(path) || r.get("path").equals(
                        path.replace(".xlsx", " - Copy.xlsx"))) && r.get("sheet").equals(sheet)
                        && r.get("row").equals(Integer.toString(row)))
                .findFirst().orElseThrow(() -> new AssertionError("no link for " + path + " " + sheet + " " + row));
    }

    private static List<CSVRecord> links(String name) throws Exception {
        Path csv = WORK.resolve(name);
        assertThat(run("export", "links", "--out", csv.toString())).isZero();
        return ExportedCsv.read(csv);
    }

    private static int run(String... args) {
        String[] all = new String[args.length + STORE.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(STORE, 0, all, args.length, STORE.length);
        return Main.run(all);
    }
}
