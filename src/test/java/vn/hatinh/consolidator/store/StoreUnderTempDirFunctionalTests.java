package vn.hatinh.consolidator.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.hatinh.consolidator.support.ChildJvm;

/**
 * A data directory under java.io.tmpdir (a clone under /tmp, or --data-dir /tmp/...) keeps its store from one
 * command to the next: ingest in one process, export in another, every row still there.
 */
class StoreUnderTempDirFunctionalTests {

    private Path dataDir;

    @AfterEach
    void removeDataDir() throws Exception {
        if (dataDir != null && Files.exists(dataDir)) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void ingestThenExportInTwoProcessesFindsEveryRow() throws Exception {
        dataDir = Files.createTempDirectory("consolidator-store-");
        assertThat(dataDir.toAbsolutePath().toString()).startsWith(System.getProperty("java.io.tmpdir"));
        Path logs = Path.of("target", "store-under-tmp-" + System.nanoTime());
        String[] global = {"--data-dir", dataDir.toString(), "--jobs-dir", "jobs"};

        ChildJvm ingest = ChildJvm.start(logs, "ingest", concat(new String[] {"ingest", "--inbox",
                vn.hatinh.consolidator.support.InputSamples.copyTo(logs.resolve("inbox")).toString()}, global));
        assertThat(ingest.await(240)).as(ingest.stderr()).isZero();
        long linesAfterIngest = exportLinks(logs, global, "links-1.csv");
        assertThat(linesAfterIngest).as("source rows linked to records after the ingest").isGreaterThan(20);

        // and a third process still sees the same store: nothing is deleted at start or at shutdown
        assertThat(exportLinks(logs, global, "links-2.csv")).isEqualTo(linesAfterIngest);
        assertThat(dataDir.resolve("mariadb")).isDirectory();
    }

    private long exportLinks(Path logs, String[] global, String name) throws Exception {
        Path csv = logs.resolve(name).toAbsolutePath();
        ChildJvm export = ChildJvm.start(logs, name, concat(new String[] {"export", "links", "--out", csv.toString()}, global));
        assertThat(export.await(120)).as(export.stderr()).isZero();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        return lines.size() - 1;
    }

    private static String[] concat(String[] a, String[] b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }
}
