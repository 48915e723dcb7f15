package vn.hatinh.consolidator.report;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import vn.hatinh.consolidator.completeness.Completeness;
import vn.hatinh.consolidator.completeness.ReportingPeriod;
import vn.hatinh.consolidator.reference.ReferenceData;

/** The annex (.xlsx): every record of the period with its sources; the monthly one also says who reported. */
record WriteAnnexTasklet(ReportRequest request, PeriodRecords records, ReferenceData reference,
                         Completeness completeness) implements Tasklet {

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        AnnexWriter annex = new AnnexWriter(reference.countries());
        var ofPeriod = records.of(request.kind(), request.period());
        if (request.kind() == ReportKind.MONTHLY) {
            // the calendar month the report is for: the one its cut-off period ends in
            ReportingPeriod month = ReportingPeriod.monthOf(request.period().to());
            annex.write(request, ofPeriod, month, completeness.of(month));
        } else {
            annex.write(request, ofPeriod);
        }
        return RepeatStatus.FINISHED;
    }
}
