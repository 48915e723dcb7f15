package vn.hatinh.consolidator.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import vn.hatinh.consolidator.ConsolidatorProperties;
import vn.hatinh.consolidator.consolidate.ConsolidatedRecord;
import vn.hatinh.consolidator.consolidate.ConsolidatedRecords;
import vn.hatinh.consolidator.ingest.Period;
import vn.hatinh.consolidator.completeness.Completeness;
import vn.hatinh.consolidator.completeness.ReportingPeriod;
import vn.hatinh.consolidator.reference.ReferenceData;

/**
 * The three steps both report jobs run: figures.json, the document, the annex. Each reads the consolidated records
 * afresh and writes its file whole (to a temporary name, then moved), so a restarted step rewrites it cleanly.
 */
@Component
public class ReportSteps {

    private final ConsolidatedRecords records;
    private final ReferenceData reference;
    private final ConsolidatorProperties properties;
    private final Completeness completeness;

    public ReportSteps(ConsolidatedRecords records, ReferenceData reference, ConsolidatorProperties properties,
                       Completeness completeness) {
        this.records = records;
        this.reference = reference;
        this.properties = properties;
        this.completeness = completeness;
    }

    public Tasklet writeFigures() {
        return (contribution, context) -> {
            ReportRequest request = request(context);
            FiguresJson.write(FiguresCalculator.compute(request.kind(), request.period(), records.all()),
                    request.figures());
            return RepeatStatus.FINISHED;
        };
    }

    public Tasklet writeDocument() {
        return (contribution, context) -> {
            ReportRequest request = request(context);
            List<ConsolidatedRecord> all = records.all();
            // recipients and signers in force on the report's date
            ReportTexts texts = ReportTexts.load(properties.files()).asOf(request.date());
            new ReportDocument(texts, reference.countries()).write(request, all);
            return RepeatStatus.FINISHED;
        };
    }

    public Tasklet writeAnnex() {
        return (contribution, context) -> {
            ReportRequest request = request(context);
            if (request.kind() == ReportKind.MONTHLY) {
                // the calendar month the report is for: the one its cut-off period ends in
                ReportingPeriod month = ReportingPeriod.monthOf(request.period().to());
                new AnnexWriter(reference.countries()).write(request, records.all(), month, completeness.of(month));
            } else {
                new AnnexWriter(reference.countries()).write(request, records.all());
            }
            return RepeatStatus.FINISHED;
        };
    }

    static ReportRequest request(ChunkContext context) throws IOException {
        JobParameters p = context.getStepContext().getStepExecution().getJobParameters();
        ReportKind kind = ReportKind.valueOf(p.getString("kind").toUpperCase());
        Period period = new Period(p.getLocalDate("from"), p.getLocalDate("to"));
        String number = p.getString("number");
        LocalDate date = p.getLocalDate("date");
        Long cutoff = p.getLong("cutoffDay");
        return new ReportRequest(kind, period, number == null || number.isBlank() ? null : number, date,
                Path.of(p.getString("out")), cutoff == null ? 25 : cutoff.intValue());
    }
}
