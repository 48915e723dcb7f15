package vn.hatinh.consolidator.ingest.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hatinh.consolidator.support.WorkbookBuilder.row;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.hatinh.consolidator.support.WorkbookBuilder;

/** The operator's limits file: defaults without it, its values with it, a clear refusal of what it cannot mean. */
class ReadLimitsTests {

    @TempDir
    Path dir;

    @Test
    void theProjectsOwnFileStatesTheDefaults() {
        assertThat(ReadLimits.load(Path.of("jobs/ingest/read-limits.properties"))).isEqualTo(ReadLimits.defaults());
    }

    @Test
    void noFileMeansTheDefaults() {
        assertThat(ReadLimits.load(dir.resolve("absent.properties"))).isEqualTo(ReadLimits.defaults());
    }

    @Test
    void theOperatorsValuesReplaceTheDefaultsTheyName() throws Exception {
        Path file = Files.writeString(dir.resolve("limits.properties"), "max-rows=5\nmax-file-mb=10\n");
        ReadLimits limits = ReadLimits.load(file);
        assertThat(limits.maxRows()).isEqualTo(5);
        assertThat(limits.maxFileBytes()).isEqualTo(10L << 20);
        assertThat(limits.maxSheets()).isEqualTo(ReadLimits.defaults().maxSheets());
        assertThat(limits.minInflateRatio()).isEqualTo(ReadLimits.defaults().minInflateRatio());
    }

    @Test
    void aLoweredRowLimitRejectsALongerSheet() throws Exception {
        Path file = dir.resolve("bao cao.xlsx");
        Object[][] rows = new Object[10][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = row("dòng " + i);
        }
        WorkbookBuilder.workbook().sheet("DoanVao", rows).writeTo(file);
        ReadLimits limits = ReadLimits.load(Files.writeString(dir.resolve("limits.properties"), "max-rows=5\n"));
        try (WorkbookContent wb = new WorkbookOpener(limits).open(file); SheetCursor cursor = wb.openSheet(0)) {
            assertThatThrownBy(() -> {
                while (cursor.next() != null) {
                    // read on until the limit
                }
            }).isInstanceOf(WorkbookRejectedException.class)
                    .satisfies(e -> assertThat(((WorkbookRejectedException) e).reason()).isEqualTo(RejectionReason.TOO_LARGE));
        }
    }

    @Test
    void aValueThatIsNotAPositiveNumberIsRefusedByName() throws Exception {
        Path file = Files.writeString(dir.resolve("limits.properties"), "max-rows=nhiều\n");
        assertThatThrownBy(() -> ReadLimits.load(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("max-rows").hasMessageContaining("nhiều");
        Files.writeString(file, "min-inflate-ratio=2\n");
        assertThatThrownBy(() -> ReadLimits.load(file)).hasMessageContaining("min-inflate-ratio");
    }

    @Test
    void anUnknownKeyIsRefusedRatherThanIgnored() throws Exception {
        Path file = Files.writeString(dir.resolve("limits.properties"), "max-row=5\n");
        assertThatThrownBy(() -> ReadLimits.load(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("max-row");
    }
}
