package vn.hatinh.consolidator.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hatinh.consolidator.cli.Main;
import vn.hatinh.consolidator.support.ExportedCsv;

/**
 * The README's main command on input-samples/, end to end through the command line: every file's status, the
 * rejected rows, and the figures of both reports, worked out by hand from the files (see input-samples/README.md).
 */
class InputSamplesFunctionalTests {

    static final Path WORK = Path.of("target", "functional", "samples-" + System.nanoTime());
    static final String[] STORE = {"--data-dir", WORK.resolve("data").toString(), "--jobs-dir", "jobs"};
    static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void runTheMainCommand() throws Exception {
        assertThat(run("ingest", "--inbox", vn.hatinh.consolidator.support.InputSamples.copyTo(WORK.resolve("inbox"))
                .toString(), "--settle-seconds", "0")).isZero();
        assertThat(run("report", "monthly", "--month", "2024-03", "--number", "15", "--date", "2024-03-26",
                "--out", WORK.resolve("monthly").toString())).isZero();
        assertThat(run("report", "term", "--from", "2021-01-01", "--to", "2024-03-31",
                "--out", WORK.resolve("term").toString())).isZero();
    }

    @Test
    void everyFileEndsWithTheStatusItsContentCallsFor() throws Exception {
        Path csv = WORK.resolve("submissions.csv");
        assertThat(run("export", "submissions", "--out", csv.toString())).isZero();
        Map<String, String> status = new HashMap<>();
        for (CSVRecord r : read(csv)) {
            status.put(r.get("path"), r.get("status"));
        }
        // which of two identical files is the original follows their modification times (a checkout sets them)
        assertThat(java.util.Set.of(status.get("SNGV/BaoCao_SNGV_202403.xlsx"),
                status.get("SNGV/BaoCao_SNGV_202403 - Copy.xlsx"))).containsExactlyInAnyOrder("ACCEPTED", "DUPLICATE");
        assertThat(status).hasSize(18)
                .containsEntry("README.md", "IGNORED")
                .containsEntry("SNGV/BaoCao_SNGV_202402.xlsx", "ACCEPTED")
                .containsEntry("SNGV/bao cao doi ngoai Năm 2023.xlsx", "ACCEPTED")
                .containsEntry("SNGV/Thumbs.db", "IGNORED")
                .containsEntry("NX/bao cao quy I-2024.xls", "ACCEPTED")
                .containsEntry("NX/~$bao cao quy I-2024.xls", "IGNORED")
                .containsEntry("CX/BaoCao_CX_Q1-2024.xlsx", "SUPERSEDED")
                .containsEntry("CX/BaoCao_CX_Q1-2024 (bo sung).xlsx", "ACCEPTED")
                .containsEntry("CX/ghi chu gui So Ngoai vu.docx", "IGNORED")
                .containsEntry("KA/Bao cao doan ra doan vao Q1-2024.xlsx", "ACCEPTED")
                .containsEntry("KA/bao_cao_loi.xlsx", "REJECTED")
                .containsEntry("TXHL/TXHL 2024-H1.xlsx", "ACCEPTED")
                .containsEntry("TXHL/Du toan kinh phi 2024.xlsx", "REJECTED")
                .containsEntry("BQLKKT/bao cao doi ngoai Quý I-2024.xlsx", "ACCEPTED")
                .containsEntry("UBND huyen Duc Tho/bao cao quy 1 2024.xlsx", "ACCEPTED")
                .containsEntry("Bao cao SVHTTDL thang 3.xlsx", "ACCEPTED");
    }

    @Test
    void badRowsAreRejectedWithTheirReasonAndOthersLoad() throws Exception {
        Path csv = WORK.resolve("rejections.csv");
        assertThat(run("export", "rejections", "--out", csv.toString())).isZero();
        Map<String, String> reasons = new HashMap<>();
        for (CSVRecord r : read(csv)) {
            if (!r.get("path").equals("CX/BaoCao_CX_Q1-2024.xlsx") && !r.get("path").startsWith("SNGV/BaoCao_SNGV_202403")) {
                reasons.put(r.get("path") + "!" + r.get("row"), r.get("reason"));
            }
        }
        assertThat(reasons).hasSize(6);
        assertThat(reasons.get("CX/BaoCao_CX_Q1-2024 (bo sung).xlsx!8")).contains("nhiều");
        assertThat(reasons.get("CX/BaoCao_CX_Q1-2024 (bo sung).xlsx!9")).contains("âm");
        assertThat(reasons.get("CX/BaoCao_CX_Q1-2024 (bo sung).xlsx!10")).contains("quốc gia");
        assertThat(reasons.get("CX/BaoCao_CX_Q1-2024 (bo sung).xlsx!11")).contains("2012");
        assertThat(reasons.get("NX/bao cao quy I-2024.xls!10")).contains("31/04/2024");
        assertThat(reasons.get("KA/Bao cao doan ra doan vao Q1-2024.xlsx!9")).contains("trước");
    }

    @Test
    void monthlyFiguresCountEachRealEventOnce() throws Exception {
        JsonNode f = JSON.readTree(WORK.resolve("monthly/figures.json").toFile());
        assertThat(f.get("period").get("from").asString()).isEqualTo("2024-02-25");
        assertThat(f.get("period").get("to").asString()).isEqualTo("2024-03-25");
        // Khammouane 125/QĐ (SNGV + Đức Thọ), Gyeonggi 140/QĐ (SNGV + Cẩm Xuyên), Vientiane 28/02
        assertThat(f.get("outbound").get("delegations").asInt()).isEqualTo(3);
        assertThat(f.get("outbound").get("persons").asInt()).isEqualTo(17);
        // Khammouane 05/03 (SNGV 12 + Nghi Xuân 11: SNGV wins), France, JICA on the cut-off day, Khon Kaen,
        // and the Khammouane art troupe of 14/03 (same partner nine days later: another delegation)
        assertThat(f.get("inbound").get("delegations").asInt()).isEqualTo(5);
        assertThat(f.get("inbound").get("visitors").asInt()).isEqualTo(47);
        assertThat(f.get("inbound").get("byCountry").get("LA").get("delegations").asInt()).isEqualTo(2);
        assertThat(f.get("inbound").get("byCountry").get("LA").get("visitors").asInt()).isEqualTo(30);
        assertThat(f.get("seminars").get("count").asInt()).isEqualTo(1);
        assertThat(f.get("seminars").get("foreignDelegates").asInt()).isEqualTo(25);
        assertThat(f.get("agreements").get("count").asInt()).isEqualTo(1);
        assertThat(f.get("aid").get("committedUsd").asLong()).isEqualTo(1_500_000);
        assertThat(f.get("aid").get("disbursedUsd").asLong()).isEqualTo(1_200_000);
        // the consular work of March itself (SNGV's March report), not February's
        assertThat(f.get("consular").get("cases").asInt()).isEqualTo(2);
        assertThat(f.get("consular").get("legalizations").asInt()).isEqualTo(15);
    }

    @Test
    void termFiguresKeepLookAlikeEventsApart() throws Exception {
        JsonNode f = JSON.readTree(WORK.resolve("term/figures.json").toFile());
        assertThat(f.get("outbound").get("delegations").asInt()).isEqualTo(5);
        assertThat(f.get("outbound").get("persons").asInt()).isEqualTo(27);
        // Bolikhamxay and Khammouane on the same day are two delegations
        assertThat(f.get("inbound").get("delegations").asInt()).isEqualTo(11);
        assertThat(f.get("inbound").get("visitors").asInt()).isEqualTo(93);
        assertThat(f.get("inbound").get("byCountry").get("LA").get("delegations").asInt()).isEqualTo(6);
        assertThat(f.get("inbound").get("byCountry").get("US").get("visitors").asInt()).isEqualTo(3);
        // the annual seminar of 2023 and of 2024 are two seminars
        assertThat(f.get("seminars").get("count").asInt()).isEqualTo(2);
        assertThat(f.get("seminars").get("foreignDelegates").asInt()).isEqualTo(47);
        assertThat(f.get("agreements").get("count").asInt()).isEqualTo(3);
        assertThat(f.get("aid").get("projects").asInt()).isEqualTo(2);
        assertThat(f.get("aid").get("committedUsd").decimalValue()).isEqualByComparingTo("1502901.81");
        assertThat(f.get("aid").get("disbursedUsd").decimalValue()).isEqualByComparingTo("1201100");
        assertThat(f.get("consular").get("cases").asInt()).isEqualTo(7);
        assertThat(f.get("consular").get("legalizations").asInt()).isEqualTo(44);
    }

    @Test
    void theMonthlyDocumentStatesTheFiguresAsTheSeedDoes() throws Exception {
        Path docx = WORK.resolve("monthly/bao-cao-thang-2024-03.docx");
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText())
                    .contains("Số: 15/BC-SNgV")
                    .contains("Hà Tĩnh, ngày 26 tháng 03 năm 2024")
                    .contains("Công tác thông tin đối ngoại từ ngày 25/02/2024 đến 25/03/2024")
                    .contains("Kính gửi: Ban Tuyên giáo Tỉnh ủy")
                    .contains("Từ ngày 25/02/2024 đến ngày 25/03/2024 có 03 đoàn với 17 lượt CBCCVC đi công tác nước "
                            + "ngoài và 05 đoàn với 47 lượt khách nước ngoài vào làm việc tại Hà Tĩnh, trong đó có")
                    .contains("KẾ HOẠCH TRỌNG TÂM THÁNG 4/2024")
                    .contains("Nơi nhận:");
        }
    }

    private static int run(String... args) {
        String[] all = new String[args.length + STORE.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(STORE, 0, all, args.length, STORE.length);
        return Main.run(all);
    }

    private static Iterable<CSVRecord> read(Path csv) throws Exception {
        return ExportedCsv.read(csv);
    }
}
