package vn.hatinh.consolidator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.hatinh.consolidator.support.ChildJvm;

/** The command run from a directory that has no jobs/ folder uses the packaged defaults; --jobs-dir overrides. */
class AnyDirectoryFunctionalTests {

    @Test
    void ingestAndReportRunFromADirectoryWithoutJobsFolder() throws Exception {
        Path elsewhere = Path.of("target", "elsewhere-" + System.nanoTime()).toAbsolutePath();
        Files.createDirectories(elsewhere);
        Path inbox = vn.hatinh.consolidator.support.InputSamples.copyTo(elsewhere.resolve("inbox"));

        ChildJvm ingest = ChildJvm.start(elsewhere, "ingest", elsewhere, Map.of(), List.of(),
                "ingest", "--inbox", inbox.toString());
        assertThat(ingest.await(240)).as(ingest.stderr()).isZero();
        assertThat(ingest.stdout()).contains("Dòng số liệu: 35 được nhận");
        assertThat(elsewhere.resolve("data/mariadb")).isDirectory();

        // an operator folder that overrides one report text: the report uses it, everything else stays default
        Path jobs = elsewhere.resolve("my-jobs");
        Files.createDirectories(jobs.resolve("report"));
        String monthly = Files.readString(Path.of("jobs/report/monthly.txt"), StandardCharsets.UTF_8);
        Files.writeString(jobs.resolve("report/monthly.txt"),
                monthly.replaceFirst("(?m)^## (.*)$", "## $1 (BẢN SỬA CỦA NGƯỜI VẬN HÀNH)"), StandardCharsets.UTF_8);
        ChildJvm report = ChildJvm.start(elsewhere, "report", elsewhere, Map.of(), List.of(),
                "report", "monthly", "--month", "2024-03", "--out", "out", "--jobs-dir", jobs.toString());
        assertThat(report.await(180)).as(report.stderr()).isZero();
        Path docx = elsewhere.resolve("out/bao-cao-thang-2024-03.docx");
        assertThat(docx).isRegularFile();
        assertThat(documentText(docx)).contains("BẢN SỬA CỦA NGƯỜI VẬN HÀNH");
    }

    private static String documentText(Path docx) throws Exception {
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx))) {
            StringBuilder text = new StringBuilder();
            doc.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'));
            return text.toString();
        }
    }
}
