package vn.hatinh.consolidator.ingest;

import java.nio.file.Path;

import org.springframework.stereotype.Component;

import vn.hatinh.consolidator.ConsolidatorProperties;
import vn.hatinh.consolidator.ingest.table.ColumnSynonyms;
import vn.hatinh.consolidator.ingest.table.TableReader;
import vn.hatinh.consolidator.ingest.workbook.ReadLimits;
import vn.hatinh.consolidator.ingest.workbook.WorkbookContent;
import vn.hatinh.consolidator.ingest.workbook.WorkbookOpener;
import vn.hatinh.consolidator.ingest.workbook.WorkbookRejectedException;
import vn.hatinh.consolidator.output.XmlFactories;
import vn.hatinh.consolidator.reference.ReferenceData;

/** How workbooks are vetted, opened and read, with the limits and column names the operator maintains. */
@Component
public class WorkbookParsing {

    private final WorkbookOpener opener;
    private final TableReader tables;

    public WorkbookParsing(ReferenceData reference, ConsolidatorProperties properties) {
        XmlFactories.preferJdkDefaults();
        this.opener = new WorkbookOpener(ReadLimits.load(properties.operatorFile("ingest/read-limits.properties")));
        this.tables = new TableReader(ColumnSynonyms.load(properties.operatorFile("reference/columns.csv")),
                reference.countries());
    }

    public WorkbookContent open(Path file) throws WorkbookRejectedException {
        return opener.open(file);
    }

    public TableReader tables() {
        return tables;
    }
}
