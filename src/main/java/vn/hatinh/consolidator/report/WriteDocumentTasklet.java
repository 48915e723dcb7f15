package vn.hatinh.consolidator.report;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import vn.hatinh.consolidator.ConsolidatorProperties;
import vn.hatinh.consolidator.reference.ReferenceData;

/** The report document (.docx), with the operator's texts in force on the report's date. */
record WriteDocumentTasklet(ReportRequest request, PeriodRecords records, ReferenceData reference,
                            ConsolidatorProperties properties) implements Tasklet {

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        // recipients and signers in force on the report's date
        ReportTexts texts = ReportTexts.load(properties.files()).asOf(request.date());
        new ReportDocument(texts, reference.countries()).write(request, records.of(request.kind(), request.period()));
        return RepeatStatus.FINISHED;
    }
}
