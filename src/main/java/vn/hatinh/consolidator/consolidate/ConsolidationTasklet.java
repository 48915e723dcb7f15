package vn.hatinh.consolidator.consolidate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import vn.hatinh.consolidator.ingest.SourceRowStore;
import vn.hatinh.consolidator.reference.ReferenceData;
import vn.hatinh.consolidator.reference.Unit;

/**
 * Rebuilds the consolidated records from every accepted row that counts now, in one transaction, reapplying the
 * operator's review decisions. Rebuilding from scratch makes a rerun or a restart give the same store.
 */
@Component
public class ConsolidationTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ConsolidationTasklet.class);

    private final SourceRowStore rows;
    private final ConsolidationStore store;
    private final ReferenceData reference;
    private final Consolidator consolidator;

    public ConsolidationTasklet(SourceRowStore rows, ConsolidationStore store, ReferenceData reference,
                                vn.hatinh.consolidator.ConsolidatorProperties properties) {
        this.rows = rows;
        this.store = store;
        this.reference = reference;
        this.consolidator = new Consolidator(PartnerGazetteer.load(properties.referenceDir().resolve("partners.csv"),
                properties.referenceDir().resolve("countries.csv")));
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long started = System.nanoTime();
        List<Candidate> candidates = candidates(rows.acceptedRowsOfAcceptedSubmissions());
        long loaded = System.nanoTime();
        ConsolidationResult result = consolidator.consolidate(candidates, store.decisions());
        long matched = System.nanoTime();
        store.replaceAll(result);
        log.info("Consolidation phases: load {} ms, match {} ms, store {} ms", (loaded - started) / 1_000_000,
                (matched - loaded) / 1_000_000, (System.nanoTime() - matched) / 1_000_000);
        contribution.incrementReadCount();
        contribution.incrementWriteCount(result.records().size());
        log.info("Consolidated {} rows into {} records in {} ms ({} pairs to review)", candidates.size(),
                result.records().size(), (System.nanoTime() - started) / 1_000_000, result.reviewPairs().size());
        return RepeatStatus.FINISHED;
    }

    List<Candidate> candidates(List<SourceRowStore.StoredRow> stored) {
        // rank files: later prepared date, then later modification time, then later ingestion wins
        Map<Long, SourceRowStore.StoredRow> firstOfSubmission = new HashMap<>();
        for (SourceRowStore.StoredRow r : stored) {
            firstOfSubmission.putIfAbsent(r.submissionId(), r);
        }
        List<SourceRowStore.StoredRow> files = new ArrayList<>(firstOfSubmission.values());
        files.sort(Comparator.comparing(SourceRowStore.StoredRow::preparedOn,
                        Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(SourceRowStore.StoredRow::modifiedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingLong(SourceRowStore.StoredRow::submissionId));
        Map<Long, Long> rank = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            rank.put(files.get(i).submissionId(), (long) i);
        }
        List<Candidate> candidates = new ArrayList<>(stored.size());
        for (SourceRowStore.StoredRow r : stored) {
            int level = reference.units().byCode(r.unit()).map(Unit::level).orElse(9);
            String key = r.sha256() + ":" + r.row().sheet() + ":" + r.row().rowNumber() + ":" + r.row().type().code();
            candidates.add(new Candidate(r.id(), key, r.unit(), level, rank.get(r.submissionId()), r.path(), r.row()));
        }
        return candidates;
    }
}
