package vn.hatinh.consolidator.report;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** figures.json: every number the document states, from the records of the report's period. */
record WriteFiguresTasklet(ReportRequest request, PeriodRecords records) implements Tasklet {

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        FiguresJson.write(FiguresCalculator.compute(request.kind(), request.period(),
                records.of(request.kind(), request.period())), request.figures());
        return RepeatStatus.FINISHED;
    }
}
