package vn.hatinh.consolidator.ingest.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every real-world file of ../shared/corpus (corrupt, encrypted, bombs, external entities, other formats, huge): the
 * ones a robust reader should read are read or refused as an unsupported or encrypted format; the ones it should
 * reject end in a {@link WorkbookRejectedException}. Nothing else may escape, hang or exhaust memory, and no
 * external entity is ever fetched (the XXE files point at these loopback ports, which the test listens on).
 */
class WorkbookCorpusTests {

    static final Set<RejectionReason> READABLE_REFUSALS = Set.of(RejectionReason.UNSUPPORTED_FORMAT,
            RejectionReason.ENCRYPTED);
    static final List<ServerSocket> LISTENERS = new java.util.ArrayList<>();

    static Path corpus() {
        for (Path p : List.of(Path.of("../shared/corpus"), Path.of("/work/shared/corpus"))) {
            if (Files.isRegularFile(p.resolve("MANIFEST.tsv"))) {
                return p;
            }
        }
        return null;
    }

    @BeforeAll
    static void listenWhereTheEntitiesPoint() {
        for (int port : new int[] {12345, 61932}) {
            try {
                ServerSocket s = new ServerSocket(port, 5, java.net.InetAddress.getLoopbackAddress());
                s.setSoTimeout(1);
                LISTENERS.add(s);
            } catch (IOException busy) {
                // another process has the port: the check below is then skipped for it
            }
        }
    }

    @AfterAll
    static void noEntityWasFetched() throws IOException {
        for (ServerSocket s : LISTENERS) {
            try {
                s.accept().close();
                throw new AssertionError("a workbook made a network request to port " + s.getLocalPort());
            } catch (SocketTimeoutException expected) {
                // nobody called
            } finally {
                s.close();
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusFileEndsReadOrRejectedWithAReason() throws IOException {
        Path corpus = corpus();
        Assumptions.assumeTrue(corpus != null, "../shared/corpus is absent");
        WorkbookOpener opener = new WorkbookOpener(ReadLimits.defaults());
        return Files.readAllLines(corpus.resolve("MANIFEST.tsv")).stream().skip(1).map(line -> line.split("\t"))
                .map(f -> DynamicTest.dynamicTest(f[0] + " (" + f[7] + ")", () -> {
                    Outcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(90),
                            () -> readAll(opener, corpus.resolve(f[0])));
                    if (f[7].equals("reject")) {
                        assertThat(outcome.rejection()).as("%s must be rejected", f[0]).isNotNull();
                    } else if (outcome.rejection() != null) {
                        assertThat(outcome.rejection().reason()).as("%s: %s", f[0], outcome.rejection().getMessage())
                                .isIn(READABLE_REFUSALS);
                    }
                }));
    }

    record Outcome(long rows, WorkbookRejectedException rejection) {
    }

    static Outcome readAll(WorkbookOpener opener, Path file) {
        long rows = 0;
        try (WorkbookContent wb = opener.open(file)) {
            for (int i = 0; i < wb.sheetNames().size(); i++) {
                try (SheetCursor cursor = wb.openSheet(i)) {
                    while (cursor.next() != null) {
                        rows++;
                    }
                }
            }
            return new Outcome(rows, null);
        } catch (WorkbookRejectedException e) {
            assertThat(e.reason().message()).isNotBlank();
            return new Outcome(rows, e);
        }
    }
}
