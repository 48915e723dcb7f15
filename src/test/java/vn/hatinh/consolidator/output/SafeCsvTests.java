package vn.hatinh.consolidator.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import vn.hatinh.consolidator.support.ExportedCsv;

/** CSV for Excel: the byte order mark first, every field Excel would evaluate neutralised, numbers left numbers. */
class SafeCsvTests {

    @Test
    void aFieldExcelWouldEvaluateGetsALeadingApostrophe() {
        assertThat(SafeCsv.neutralise("=HYPERLINK(\"http://x\",\"Bấm vào\")"))
                .isEqualTo("'=HYPERLINK(\"http://x\",\"Bấm vào\")");
        assertThat(SafeCsv.neutralise("@SUM(1+1)*cmd|' /C calc'!A0")).isEqualTo("'@SUM(1+1)*cmd|' /C calc'!A0");
        assertThat(SafeCsv.neutralise("+Hà Tĩnh")).isEqualTo("'+Hà Tĩnh");
        assertThat(SafeCsv.neutralise("-abc")).isEqualTo("'-abc");
        assertThat(SafeCsv.neutralise("-1+2")).as("a formula, not a number").isEqualTo("'-1+2");
        assertThat(SafeCsv.neutralise("\tx")).isEqualTo("'\tx");
        assertThat(SafeCsv.neutralise("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void negativeNumbersAndOrdinaryTextStayAsTheyAre() {
        assertThat(SafeCsv.neutralise("-12")).isEqualTo("-12");
        assertThat(SafeCsv.neutralise("-2.5")).isEqualTo("-2.5");
        assertThat(SafeCsv.neutralise("-1,5")).isEqualTo("-1,5");
        assertThat(SafeCsv.neutralise("Hà Tĩnh = quê")).isEqualTo("Hà Tĩnh = quê");
        assertThat(SafeCsv.neutralise("2024-03-05")).isEqualTo("2024-03-05");
        assertThat(SafeCsv.neutralise("")).isEmpty();
        assertThat(SafeCsv.neutralise(null)).isNull();
    }

    @Test
    void theFileStartsWithTheMarkAndReadsBackExactlyAfterTheApostrophe() throws Exception {
        Path out = Files.createTempDirectory("safe-csv").resolve("sub/export.csv");
        try (SafeCsv csv = SafeCsv.create(out, "a", "b", "c")) {
            csv.row("=1+1", -3, "Tiếng Việt, có dấu \"ngoặc\"");
            csv.row(null, "\tx", 7);
        }
        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes).startsWith(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Tiếng Việt");
        List<CSVRecord> records = ExportedCsv.read(out);
        assertThat(records).hasSize(2);
        assertThat(records.get(0).get("a")).isEqualTo("'=1+1");
        assertThat(records.get(0).get("b")).isEqualTo("-3");
        assertThat(records.get(0).get("c")).isEqualTo("Tiếng Việt, có dấu \"ngoặc\"");
        assertThat(records.get(1).get("a")).isEmpty();
        assertThat(records.get(1).get("b")).isEqualTo("'\tx");
        assertThat(records.get(1).get("c")).isEqualTo("7");
    }
}
