package vn.hatinh.consolidator.consolidate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import vn.hatinh.consolidator.ingest.SourceRowStore;
import vn.hatinh.consolidator.pipe.Pipe;
import vn.hatinh.consolidator.reference.ReferenceData;
import vn.hatinh.consolidator.reference.Unit;

/**
 * Rebuilds the consolidated records from every accepted row that counts now, in one transaction, reapplying the
 * operator's review decisions. Rebuilding from scratch makes a rerun or a restart give the same store. The rows are
 * streamed in day order, matched on a thread of their own, and records written as soon as they are final, so memory stays bounded whatever the total.
 */
@Component
public class ConsolidationTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ConsolidationTasklet.class);

    private final SourceRowStore rows;
    private final ConsolidationStore store;
    private final ReferenceData reference;
    private final Consolidator consolidator;
    private final MatchParametersStore parameters;
    private final boolean reEstimate;

    public ConsolidationTasklet(SourceRowStore rows, ConsolidationStore store, ReferenceData reference,
                                vn.hatinh.consolidator.ConsolidatorProperties properties,
                                MatchParametersStore parameters,
                                @org.springframework.beans.factory.annotation.Value("${consolidator.re-estimate:false}")
                                boolean reEstimate) {
        this.rows = rows;
        this.store = store;
        this.reference = reference;
        this.parameters = parameters;
        this.reEstimate = reEstimate;
        this.consolidator = new Consolidator(PartnerGazetteer.load(properties.operatorFile("reference/partners.csv"),
                properties.operatorFile("reference/countries.csv")));
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long started = System.nanoTime();
        Map<Long, Source> sources = sources();
        List<ReviewDecision> decisions = store.decisions();
        Consolidator matcher = consolidator.with(parameters(sources));
        ConsolidationStore.Writer writer = store.writer();
        store.clear();
        // reading and matching on a thread of their own while this one, which holds the step's transaction, writes
        ConsolidationRun.Totals totals = Pipe.<Consumer<ConsolidationSink>, ConsolidationRun.Totals, RuntimeException>run(
                "consolidation-matcher", out -> {
                    ConsolidationRun run = matcher.start(decisions, new HandOver(out));
                    rows.forEachCountingRow(r -> run.accept(candidate(sources, r)));
                    return run.finish();
                }, write -> write.accept(writer));
        writer.flush();
        contribution.incrementReadCount();
        contribution.incrementWriteCount(totals.records());
        log.info("Consolidated {} rows into {} records in {} ms ({} pairs to review)", totals.rows(),
                totals.records(), (System.nanoTime() - started) / 1_000_000, totals.reviewPairs());
        return RepeatStatus.FINISHED;
    }

    private static Candidate candidate(Map<Long, Source> sources, SourceRowStore.CountingRow r) {
        Source s = sources.get(r.submissionId());
        String key = s.sha256() + ":" + r.row().sheet() + ":" + r.row().rowNumber() + ":" + r.row().type().code();
        return new Candidate(r.id(), key, s.unit(), s.level(), s.rank(), s.path(), r.row());
    }

    /**
     * The stored parameters, unless there are none yet or the operator asked to re-estimate: then estimated from the
     * rows that count now (a first pass counts words and keeps a bounded sample) and stored with the time.
     */
    private MatchModel parameters(Map<Long, Source> sources) {
        if (!reEstimate) {
            java.util.Optional<MatchModel> stored = parameters.load();
            if (stored.isPresent()) {
                log.info("Matching with the parameters estimated at {}", stored.get().estimatedAt());
                return stored.get();
            }
        }
        MatchModel.Estimator estimator = new MatchModel.Estimator(consolidator.partners());
        rows.forEachCountingRow(r -> estimator.accept(candidate(sources, r)));
        MatchModel model = estimator.estimate();
        parameters.save(model);
        log.info("Estimated the matching parameters at {}", model.estimatedAt());
        return model;
    }

    /** Hands what the run emits to the writing thread, as writes to apply to the real sink there. */
    private record HandOver(Consumer<Consumer<ConsolidationSink>> out) implements ConsolidationSink {
        @Override
        public void record(ConsolidatedRecord record) {
            out.accept(sink -> sink.record(record));
        }

        @Override
        public void reviewPair(ReviewPair pair) {
            out.accept(sink -> sink.reviewPair(pair));
        }
    }

    /** What a row's file tells consolidation: the unit and its level, and how recent the file is among the rest. */
    private record Source(String unit, int level, long rank, String path, String sha256) {
    }

    private Map<Long, Source> sources() {
        Map<Long, Source> sources = new HashMap<>();
        long rank = 0;
        for (SourceRowStore.CountingSubmission s : rows.countingSubmissionsOldestFirst()) {
            int level = reference.units().byCode(s.unit()).map(Unit::level).orElse(9);
            sources.put(s.id(), new Source(s.unit(), level, rank++, s.path(), s.sha256()));
        }
        return sources;
    }
}
