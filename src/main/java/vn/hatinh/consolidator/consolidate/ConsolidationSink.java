package vn.hatinh.consolidator.consolidate;

/** Receives consolidation's output as it is produced, so nothing needs to hold every record at once. */
public interface ConsolidationSink {

    void record(ConsolidatedRecord record);

    void reviewPair(ReviewPair pair);
}
