package vn.hatinh.consolidator.consolidate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.hatinh.consolidator.ConsolidatorProperties;
import vn.hatinh.consolidator.ingest.SourceRowStore;
import vn.hatinh.consolidator.reference.ReferenceData;
import vn.hatinh.consolidator.reference.Unit;

/**
 * Brings the consolidated records up to date with the rows that count now and the operator's decisions, in one
 * transaction. Only the blocks touched since the last run ({@link TouchedBlocks}) are deleted and matched again, with
 * the parameters kept in the store; every block is recomputed on the first run of a store, when the job parameter
 * {@code rebuild} is true, when the parameters are estimated again, and when an input of the matcher changed (its
 * fingerprint, {@link ConsolidationBasis}). A record's id comes from its sources, so a record whose sources did not
 * change keeps its id whichever way it was computed. What the run did is kept in the step's execution context.
 */
@Component
public class ConsolidationTasklet implements Tasklet {

    /** Execution-context keys: how many blocks the store holds and how many this run recomputed (-1: all). */
    public static final String BLOCKS = "consolidation.blocks";
    public static final String BLOCKS_RECOMPUTED = "consolidation.blocksRecomputed";
    public static final String RECOMPUTED_EVERYTHING = "consolidation.everything";
    public static final String RECORDS_REPLACED = "consolidation.recordsReplaced";

    private static final Logger log = LoggerFactory.getLogger(ConsolidationTasklet.class);

    private final CountingRows rows;
    private final SourceRowStore submissions;
    private final ConsolidationStore store;
    private final ConsolidationBasis basis;
    private final TouchedBlocks touchedBlocks;
    private final ReferenceData reference;
    private final Consolidator consolidator;
    private final MatchParametersStore parameters;
    private final boolean reEstimate;

    public ConsolidationTasklet(CountingRows rows, SourceRowStore submissions, ConsolidationStore store,
                                ConsolidationBasis basis, TouchedBlocks touchedBlocks, ReferenceData reference,
                                ConsolidatorProperties properties, MatchParametersStore parameters,
                                @Value("${consolidator.re-estimate:false}") boolean reEstimate) {
        this.rows = rows;
        this.submissions = submissions;
        this.store = store;
        this.basis = basis;
        this.touchedBlocks = touchedBlocks;
        this.reference = reference;
        this.parameters = parameters;
        this.reEstimate = reEstimate;
        this.consolidator = new Consolidator(PartnerGazetteer.load(properties.operatorFile("reference/partners.csv"),
                properties.operatorFile("reference/countries.csv")));
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long started = System.nanoTime();
        StepExecution step = contribution.getStepExecution();
        boolean rebuild = Boolean.parseBoolean(step.getJobExecution().getJobParameters().getString("rebuild"));
        Map<Long, Source> sources = sources();
        List<ReviewDecision> decisions = store.decisions();
        Optional<MatchModel> stored = reEstimate ? Optional.empty() : parameters.load();
        Consolidator matcher = consolidator.with(stored.orElseGet(() -> estimate(sources)));
        long estimated = System.nanoTime();
        String fingerprint = basis.currentFingerprint();
        boolean everything = rebuild || stored.isEmpty()
                || !basis.fingerprint().map(fingerprint::equals).orElse(false);
        TouchedBlocks.Plan plan = everything ? TouchedBlocks.Plan.all()
                : touchedBlocks.plan(basis.appliedDecisions(), decisions);
        long planned = System.nanoTime();

        int replaced = store.clear(plan);
        long cleared = System.nanoTime();
        ConsolidationStore.Writer writer = store.writer();
        ConsolidationRun run = matcher.start(decisions, writer);
        long[] read = {0};
        rows.forEach(plan, r -> {
            run.accept(candidate(sources, r));
            read[0]++;
        });
        ConsolidationRun.Totals totals = run.finish();
        writer.flush();
        long matched = System.nanoTime();
        basis.save(fingerprint, decisions);

        for (long i = 0; i < read[0]; i++) {
            contribution.incrementReadCount();
        }
        contribution.incrementWriteCount(totals.records());
        ExecutionContext context = step.getExecutionContext();
        context.putInt(BLOCKS, plan.blocks());
        context.putInt(BLOCKS_RECOMPUTED, plan.everything() ? -1 : plan.touched().size());
        context.putString(RECOMPUTED_EVERYTHING, Boolean.toString(plan.everything()));
        context.putInt(RECORDS_REPLACED, replaced);
        log.info("Consolidated {} rows into {} records in {} ms ({}; {} records replaced; {} pairs to review;"
                        + " ms: parameters {}, finding the blocks {}, deleting {}, matching and writing {})",
                totals.rows(), totals.records(), millis(started, System.nanoTime()),
                plan.everything() ? "every block" : plan.touched().size() + " of " + plan.blocks() + " blocks",
                replaced, totals.reviewPairs(), millis(started, estimated), millis(estimated, planned),
                millis(planned, cleared), millis(cleared, matched));
        return RepeatStatus.FINISHED;
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static Candidate candidate(Map<Long, Source> sources, SourceRowStore.CountingRow r) {
        Source s = sources.get(r.submissionId());
        String key = s.sha256() + ":" + r.row().sheet() + ":" + r.row().rowNumber() + ":" + r.row().type().code();
        return new Candidate(r.id(), key, s.unit(), s.level(), s.rank(), s.path(), r.row());
    }

    /**
     * Estimates the parameters from the rows that count now (a first pass counts words and keeps a bounded sample)
     * and stores them with the time: on a store's first run, or when the operator asked to re-estimate.
     */
    private MatchModel estimate(Map<Long, Source> sources) {
        MatchModel.Estimator estimator = new MatchModel.Estimator(consolidator.partners());
        rows.forEach(TouchedBlocks.Plan.all(), r -> estimator.accept(candidate(sources, r)));
        MatchModel model = estimator.estimate();
        parameters.save(model);
        log.info("Estimated the matching parameters at {}", model.estimatedAt());
        // matched with what later runs will read back, so the first run and a rebuild agree to the last bit
        return parameters.load().orElseThrow();
    }

    /** What a row's file tells consolidation: the unit and its level, and how recent the file is among the rest. */
    private record Source(String unit, int level, long rank, String path, String sha256) {
    }

    private Map<Long, Source> sources() {
        Map<Long, Source> sources = new HashMap<>();
        long rank = 0;
        for (SourceRowStore.CountingSubmission s : submissions.countingSubmissionsOldestFirst()) {
            int level = reference.units().byCode(s.unit()).map(Unit::level).orElse(9);
            sources.put(s.id(), new Source(s.unit(), level, rank++, s.path(), s.sha256()));
        }
        return sources;
    }
}
