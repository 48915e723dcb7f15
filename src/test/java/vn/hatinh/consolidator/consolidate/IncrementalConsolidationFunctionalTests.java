package vn.hatinh.consolidator.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.hatinh.consolidator.ConsolidatorApplication;
import vn.hatinh.consolidator.cli.Main;
import vn.hatinh.consolidator.ingest.IngestLauncher;
import vn.hatinh.consolidator.ingest.Period;
import vn.hatinh.consolidator.quality.DropFolderGenerator;
import vn.hatinh.consolidator.report.Figures;
import vn.hatinh.consolidator.report.FiguresCalculator;
import vn.hatinh.consolidator.report.ReportKind;
import vn.hatinh.consolidator.support.ExportedCsv;
import vn.hatinh.consolidator.support.TestDatabase;

/**
 * A generated drop folder ingested in two halves (the second brings files that arrived later, among them a
 * resubmission superseding a file of the first, and an operator decision is made between the runs) gives the store
 * a full rebuild gives, and the same records as one ingest of every file into a fresh store; the second run
 * recomputes only the blocks its rows and the decision touch, and the records it did not touch keep their ids.
 */
@SpringBootTest(classes = ConsolidatorApplication.class)
class IncrementalConsolidationFunctionalTests {

    static final Path WORK = Path.of("target", "functional", "incremental-" + System.nanoTime()).toAbsolutePath();
    static final Path INBOX = WORK.resolve("inbox");
    /** -Dincremental.seed=N runs another folder; the first seed from it with a resubmission is taken. */
    static final long SEED = Long.getLong("incremental.seed", 1401);

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "incremental", WORK.resolve("archive"));
        registry.add("consolidator.settle", () -> "0s");
    }

    @Autowired
    IngestLauncher launcher;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConsolidationStore decisions;

    @Autowired
    ConsolidatedRecords records;

    @Test
    void twoHalvesGiveWhatOneRebuildGivesAndOnlyTouchedBlocksAreRecomputed() throws Exception {
        Path generated = generateWithResubmission();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(generated)) {
            files = walk.filter(Files::isRegularFile).map(generated::relativize).sorted().toList();
        }
        // the first version of a resubmitted report arrives first, its replacement later; the rest split in two
        List<Path> first = new ArrayList<>();
        List<Path> second = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String name = files.get(i).toString();
            boolean later = name.contains("(bo sung)") || !name.contains("(lan 1)") && i % 2 == 1;
            (later ? second : first).add(files.get(i));
        }
        assertThat(first).anyMatch(p -> p.toString().contains("(lan 1)"));
        assertThat(second).anyMatch(p -> p.toString().contains("(bo sung)"));

        copy(generated, first, INBOX);
        assertThat(launcher.run(INBOX, 60).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Snapshot afterFirst = snapshot();
        assertThat(afterFirst.records()).hasSizeGreaterThan(50);

        // between the runs the operator splits the two rows of a merged record, and merges a listed pair, or else
        // two records of different countries, which joins their blocks
        // (rows that still count after the second run: not those of the file the resubmission supersedes)
        List<String> superseded = jdbc.sql("SELECT sha256 FROM submission WHERE path LIKE '%(lan 1)%'")
                .query(String.class).list();
        java.util.function.Predicate<List<String>> stays = keys -> keys.stream()
                .noneMatch(k -> superseded.stream().anyMatch(k::startsWith));
        List<String> merged = afterFirst.records().values().stream().filter(r -> r.keys().size() >= 2)
                .map(Rec::keys).filter(stays).findFirst().orElseThrow();
        decisions.saveDecision(merged.get(0), merged.get(1), ReviewDecision.Kind.SPLIT);
        List<String> listed = jdbc.sql("SELECT source_key_a, source_key_b FROM review_pair ORDER BY score DESC")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).list().stream().filter(stays)
                .findFirst().orElseGet(() -> jdbc.sql("""
                        SELECT MIN(l.source_row_id) FROM consolidated_record c JOIN record_link l ON l.record_id = c.id
                          JOIN source_row r ON r.id = l.source_row_id JOIN submission s ON s.id = r.submission_id
                         WHERE c.type = 'inbound' AND c.country IS NOT NULL AND s.path NOT LIKE '%(lan 1)%'
                         GROUP BY c.country ORDER BY c.country LIMIT 2""").query(Long.class).list().stream()
                        .map(this::keyOfRow).toList());
        assertThat(listed).hasSize(2);
        decisions.saveDecision(listed.get(0), listed.get(1), ReviewDecision.Kind.MERGE);

        copy(generated, second, INBOX);
        JobExecution later = launcher.run(INBOX, 60);
        assertThat(later.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE status = 'SUPERSEDED' AND path LIKE '%(lan 1)%'")
                .query(Integer.class).single()).as("the first version superseded").isPositive();
        Snapshot incremental = snapshot();
        assertThat(recordOf(incremental, merged.get(0))).isNotEqualTo(recordOf(incremental, merged.get(1)));
        assertThat(recordOf(incremental, listed.get(0))).isEqualTo(recordOf(incremental, listed.get(1)));

        // only the touched blocks were matched again: every new row, far from every row
        StepExecution consolidation = step(later);
        long counting = jdbc.sql("""
                SELECT COUNT(*) FROM source_row r JOIN submission s ON s.id = r.submission_id
                 WHERE s.status = 'ACCEPTED' AND r.accepted = TRUE""").query(Long.class).single();
        long arrived = jdbc.sql("""
                SELECT COUNT(*) FROM source_row r JOIN submission s ON s.id = r.submission_id
                 WHERE s.status = 'ACCEPTED' AND r.accepted = TRUE AND r.id > ?""")
                .param(afterFirst.lastRowId()).query(Long.class).single();
        assertThat(arrived).isPositive();
        assertThat(consolidation.getReadCount()).isBetween(arrived, counting - 1);
        assertThat(consolidation.getExecutionContext().getString(ConsolidationTasklet.RECOMPUTED_EVERYTHING))
                .isEqualTo("false");
        int blocks = consolidation.getExecutionContext().getInt(ConsolidationTasklet.BLOCKS);
        int recomputed = consolidation.getExecutionContext().getInt(ConsolidationTasklet.BLOCKS_RECOMPUTED);
        System.out.printf("seed %d: %d files, then %d; second run matched %d of %d rows in %d of %d blocks%n", SEED,
                first.size(), second.size(), consolidation.getReadCount(), counting, recomputed, blocks);
        assertThat(recomputed).isPositive().isLessThan(blocks);

        // a record whose sources did not change keeps its id and its values
        int kept = 0;
        Map<Set<String>, String> idBySources = new HashMap<>();
        incremental.records().forEach((id, r) -> idBySources.put(new HashSet<>(r.keys()), id));
        for (Map.Entry<String, Rec> before : afterFirst.records().entrySet()) {
            String now = idBySources.get(new HashSet<>(before.getValue().keys()));
            if (now != null) {
                assertThat(now).isEqualTo(before.getKey());
                assertThat(incremental.records().get(now).values()).isEqualTo(before.getValue().values());
                kept++;
            }
        }
        int replaced = consolidation.getExecutionContext().getInt(ConsolidationTasklet.RECORDS_REPLACED);
        assertThat(kept).isGreaterThanOrEqualTo(afterFirst.records().size() - replaced).isPositive();

        // a full rebuild of the same store changes nothing, ids included
        JobExecution rebuild = launcher.run(INBOX, 60, true);
        assertThat(rebuild.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(step(rebuild).getExecutionContext().getString(ConsolidationTasklet.RECOMPUTED_EVERYTHING))
                .isEqualTo("true");
        assertThat(step(rebuild).getReadCount()).isEqualTo(counting);
        Snapshot rebuilt = snapshot();
        assertThat(rebuilt.records()).isEqualTo(incremental.records());
        assertThat(rebuilt.reviewPairs()).isEqualTo(incremental.reviewPairs());
        assertThat(rebuilt.figures()).isEqualTo(incremental.figures());

        // one ingest of every file, with the same decisions, into a fresh store: the same events, the same figures
        assertThat(partition(incremental)).isEqualTo(freshStorePartition(generated, files));
    }

    /** The consolidation step of a job execution. */
    private static StepExecution step(JobExecution execution) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals("consolidateRecords"))
                .findFirst().orElseThrow();
    }

    private static Path generateWithResubmission() throws Exception {
        for (long seed = SEED; seed < SEED + 20; seed++) {
            Path folder = WORK.resolve("generated-" + seed);
            DropFolderGenerator.Truth truth = DropFolderGenerator.generate(seed, folder, Path.of("jobs/reference"));
            if (truth.files().stream().anyMatch(f -> f.path().contains("(lan 1)"))) {
                return folder.resolve("inbox");
            }
        }
        throw new AssertionError("no seed from " + SEED + " generates a resubmission");
    }

    private static void copy(Path from, List<Path> files, Path to) throws Exception {
        for (Path f : files) {
            Path target = to.resolve(f.toString());
            Files.createDirectories(target.getParent());
            Files.copy(from.resolve(f), target, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    /** One record: its values, its sources' stable keys by precedence and why they were merged. */
    record Rec(String values, List<String> keys, String evidence) {
    }

    record Snapshot(Map<String, Rec> records, Set<String> reviewPairs, Figures figures, long lastRowId) {
    }

    private Snapshot snapshot() {
        Map<String, List<String>> keys = new HashMap<>();
        jdbc.sql("""
                SELECT l.record_id, CONCAT(s.sha256, ':', r.sheet, ':', r.row_no, ':', r.type)
                  FROM record_link l JOIN source_row r ON r.id = l.source_row_id
                  JOIN submission s ON s.id = r.submission_id ORDER BY l.record_id, l.precedence""")
                .query(rs -> {
                    keys.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<String, String> evidence = new HashMap<>();
        jdbc.sql("""
                SELECT record_id, source_row_a, source_row_b, rule, score, explanation FROM match_evidence
                 ORDER BY record_id, source_row_a, source_row_b, rule""").query(rs -> {
                    evidence.merge(rs.getString(1), rs.getLong(2) + "/" + rs.getLong(3) + "/" + rs.getString(4) + "/"
                            + rs.getDouble(5) + "/" + rs.getString(6), (a, b) -> a + "\n" + b);
                });
        Map<String, Rec> byId = new TreeMap<>();
        jdbc.sql("SELECT * FROM consolidated_record").query(rs -> {
            StringBuilder values = new StringBuilder();
            for (int c = 2; c <= rs.getMetaData().getColumnCount(); c++) {
                values.append(rs.getMetaData().getColumnLabel(c)).append('=').append(rs.getString(c)).append(';');
            }
            String id = rs.getString("id");
            byId.put(id, new Rec(values.toString(), keys.getOrDefault(id, List.of()), evidence.get(id)));
        });
        assertThat(keys.keySet()).as("every link names a record").isEqualTo(byId.keySet());
        Set<String> pairs = new TreeSet<>(jdbc.sql("SELECT source_key_a, source_key_b, score, explanation FROM review_pair")
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getDouble(3) + "|"
                        + rs.getString(4)).list());
        Figures figures = FiguresCalculator.compute(ReportKind.TERM,
                new Period(LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31)), records.all());
        long lastRowId = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM source_row").query(Long.class).single();
        return new Snapshot(byId, pairs, figures, lastRowId);
    }

    private String keyOfRow(long sourceRowId) {
        return jdbc.sql("""
                SELECT CONCAT(s.sha256, ':', r.sheet, ':', r.row_no, ':', r.type)
                  FROM source_row r JOIN submission s ON s.id = r.submission_id WHERE r.id = ?""")
                .param(sourceRowId).query(String.class).single();
    }

    private static String recordOf(Snapshot s, String key) {
        return s.records().entrySet().stream().filter(e -> e.getValue().keys().contains(key)).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
    }

    /** The events as sets of source keys. */
    private static Set<Set<String>> partition(Snapshot s) {
        return s.records().values().stream().map(r -> (Set<String>) new TreeSet<>(r.keys()))
                .collect(Collectors.toSet());
    }

    /** Every file ingested at once into a store of its own, with the operator decisions of this store. */
    private Set<Set<String>> freshStorePartition(Path generated, List<Path> files) throws Exception {
        Path work = WORK.resolve("fresh");
        copy(generated, files, work.resolve("inbox"));
        String[] store = {"--data-dir", work.resolve("data").toString(), "--jobs-dir", "jobs"};
        assertThat(run(store, "ingest", "--inbox", work.resolve("inbox").toString(), "--settle-seconds", "0")).isZero();
        for (ReviewDecision d : decisions.decisions()) {
            assertThat(run(store, "review", d.kind() == ReviewDecision.Kind.MERGE ? "merge" : "split",
                    d.sourceKeyA(), d.sourceKeyB())).isZero();
        }
        assertThat(run(store, "ingest", "--inbox", work.resolve("inbox").toString(), "--settle-seconds", "0",
                "--rebuild")).isZero();
        Path links = work.resolve("links.csv");
        assertThat(run(store, "export", "links", "--out", links.toString())).isZero();
        Map<String, Set<String>> byRecord = new HashMap<>();
        for (CSVRecord r : ExportedCsv.read(links)) {
            byRecord.computeIfAbsent(r.get("record_id"), k -> new TreeSet<>()).add(r.get("source_key"));
        }
        return new HashSet<>(byRecord.values());
    }

    private static int run(String[] store, String... args) {
        String[] all = new String[args.length + store.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(store, 0, all, args.length, store.length);
        return Main.run(all);
    }
}
