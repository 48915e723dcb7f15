package vn.hatinh.consolidator.ingest.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import vn.hatinh.consolidator.ingest.table.ColumnSynonyms;
import vn.hatinh.consolidator.ingest.table.TableReader;
import vn.hatinh.consolidator.reference.CountryResolver;

/**
 * Valid workbooks truncated, with bytes flipped, or with bytes overwritten inside the zip: reading them either
 * succeeds or ends in a {@link WorkbookRejectedException}, never another exception, a hang or an error.
 * Seeded, so a failure reproduces.
 */
class MutatedWorkbookTests {

    static final List<Path> ORIGINALS = List.of(Path.of("input-samples/SNGV/BaoCao_SNGV_202403.xlsx"),
            Path.of("input-samples/NX/bao cao quy I-2024.xls"), Path.of("input-samples/KA/Bao cao doan ra doan vao Q1-2024.xlsx"));
    static final TableReader READER = new TableReader(ColumnSynonyms.load(Path.of("jobs/reference/columns.csv")),
            CountryResolver.load(Path.of("jobs/reference/countries.csv")));

    @TestFactory
    Stream<DynamicTest> mutantsAreReadOrRejectedNeverCrash() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "mutants"));
        WorkbookOpener opener = new WorkbookOpener(ReadLimits.defaults());
        return ORIGINALS.stream().flatMap(original -> IntStream.range(0, 40).mapToObj(seed -> DynamicTest.dynamicTest(
                original.getFileName() + " mutant " + seed, () -> {
                    byte[] bytes = Files.readAllBytes(original);
                    Random random = new Random(seed * 31L + original.hashCode());
                    byte[] mutant = switch (seed % 3) {
                        case 0 -> java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
                        case 1 -> {
                            byte[] b = bytes.clone();
                            for (int i = 0; i < 1 + random.nextInt(20); i++) {
                                b[random.nextInt(b.length)] ^= (byte) (1 + random.nextInt(255));
                            }
                            yield b;
                        }
                        default -> {
                            byte[] b = bytes.clone();
                            int at = random.nextInt(b.length);
                            for (int i = at; i < Math.min(b.length, at + 200); i++) {
                                b[i] = (byte) random.nextInt(256);
                            }
                            yield b;
                        }
                    };
                    String name = original.getFileName().toString();
                    Path file = dir.resolve(seed + "-" + name);
                    Files.write(file, mutant);
                    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                        try (WorkbookContent wb = opener.open(file)) {
                            READER.read(wb, name, row -> assertThat(row.type()).isNotNull());
                        } catch (WorkbookRejectedException expected) {
                            assertThat(expected.reason().message()).isNotBlank();
                        }
                    });
                })));
    }
}
