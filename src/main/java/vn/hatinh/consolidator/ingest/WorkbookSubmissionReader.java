package vn.hatinh.consolidator.ingest;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import vn.hatinh.consolidator.ConsolidatorProperties;
import vn.hatinh.consolidator.ingest.table.ColumnSynonyms;
import vn.hatinh.consolidator.ingest.table.TableReader;
import vn.hatinh.consolidator.ingest.workbook.ReadLimits;
import vn.hatinh.consolidator.ingest.workbook.WorkbookContent;
import vn.hatinh.consolidator.ingest.workbook.WorkbookOpener;
import vn.hatinh.consolidator.ingest.workbook.WorkbookRejectedException;
import vn.hatinh.consolidator.reference.ReferenceData;

/** Vets and opens a file, then finds and reads its tables. */
@Component
public class WorkbookSubmissionReader implements SubmissionReader {

    private final WorkbookOpener opener;
    private final TableReader tables;

    public WorkbookSubmissionReader(ReferenceData reference, ConsolidatorProperties properties) {
        this.opener = new WorkbookOpener(
                ReadLimits.load(properties.operatorFile("ingest/read-limits.properties")));
        this.tables = new TableReader(ColumnSynonyms.load(properties.operatorFile("reference/columns.csv")),
                reference.countries());
    }

    @Override
    public WorkbookReading read(Path file, String fileName, Consumer<ParsedRow> sink) throws WorkbookRejectedException {
        try (WorkbookContent workbook = opener.open(file)) {
            return tables.read(workbook, fileName, sink);
        }
    }
}
