package vn.hatinh.consolidator.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hatinh.consolidator.support.WorkbookBuilder.row;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import vn.hatinh.consolidator.cli.Main;
import vn.hatinh.consolidator.support.WorkbookBuilder;
import vn.hatinh.consolidator.support.ExportedCsv;

/**
 * The whole robustness corpus dropped into one inbox beside a good report, plus files that are 0 bytes, links out of
 * the inbox and names with odd characters: the run completes, every file ends with one status (rejections with a
 * reason), and the good report is taken in as usual.
 */
class CorpusIngestFunctionalTests {

    @Test
    void aFolderOfHostileFilesNeverStopsTheRun() throws Exception {
        Path corpus = Stream.of(Path.of("../shared/corpus"), Path.of("/work/shared/corpus"))
                .filter(p -> Files.isRegularFile(p.resolve("MANIFEST.tsv"))).findFirst().orElse(null);
        Assumptions.assumeTrue(corpus != null, "../shared/corpus is absent");
        Path work = Path.of("target", "functional", "corpus-" + System.nanoTime()).toAbsolutePath();
        Path inbox = work.resolve("inbox");
        Path folder = Files.createDirectories(inbox.resolve("SNGV"));
        List<String> names = Files.readAllLines(corpus.resolve("MANIFEST.tsv")).stream().skip(1)
                .map(l -> l.split("\t")[0]).toList();
        for (String name : names) {
            Files.copy(corpus.resolve(name), folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            WorkbookBuilder.settle(folder.resolve(name));
        }
        WorkbookBuilder.workbook().sheet("DoanVao", row("Kỳ báo cáo:", "Tháng 03/2024"), row(),
                        row("STT", "Tên đoàn", "Quốc gia", "Đối tác", "Ngày đến", "Ngày đi", "Số khách"),
                        row(1, "Đoàn Khăm Muộn", "Lào", "Khăm Muộn", "05/03/2024", "06/03/2024", 12))
                .writeTo(folder.resolve("bao cáo tháng 3 (#1) & 'nháp'.xlsx"));
        Files.createFile(folder.resolve("rong.xlsx"));
        WorkbookBuilder.settle(folder.resolve("rong.xlsx"));
        Path outside = Files.writeString(work.resolve("outside.xlsx"), "secret");
        Files.createSymbolicLink(folder.resolve("lien ket.xlsx"), outside);

        assertThat(Main.run("ingest", "--inbox", inbox.toString(), "--data-dir", work.resolve("data").toString(),
                "--jobs-dir", "jobs")).isZero();
        Path csv = work.resolve("submissions.csv");
        assertThat(Main.run("export", "submissions", "--out", csv.toString(), "--data-dir",
                work.resolve("data").toString(), "--jobs-dir", "jobs")).isZero();

        Map<String, CSVRecord> byPath = new HashMap<>();
        for (CSVRecord r : ExportedCsv.read(csv)) {
            byPath.put(r.get("path"), r);
        }
        assertThat(byPath).hasSize(names.size() + 3);
        assertThat(byPath.values()).allSatisfy(r -> {
            assertThat(r.get("status")).isIn(Set.of("ACCEPTED", "DUPLICATE", "REJECTED", "IGNORED", "SUPERSEDED"));
            if (!r.get("status").equals("ACCEPTED")) {
                assertThat(r.get("reason")).as(r.get("path")).isNotBlank();
            }
        });
        assertThat(byPath.get("SNGV/bao cáo tháng 3 (#1) & 'nháp'.xlsx").get("status")).isEqualTo("ACCEPTED");
        assertThat(byPath.get("SNGV/bao cáo tháng 3 (#1) & 'nháp'.xlsx").get("rows_accepted")).isEqualTo("1");
        // the corpus has a 0-byte file too: one of the two is rejected as empty, the other is its duplicate
        assertThat(Set.of(byPath.get("SNGV/rong.xlsx").get("status"),
                byPath.get("SNGV/openpyxl-null_file.xlsx").get("status"))).containsExactlyInAnyOrder("REJECTED", "DUPLICATE");
        assertThat(byPath.get("SNGV/lien ket.xlsx").get("status")).isEqualTo("REJECTED");
        assertThat(byPath.get("SNGV/lotf-simple-encryption-2007.xlsx").get("reason")).contains("mật khẩu");
    }
}
