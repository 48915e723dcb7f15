package vn.hatinh.consolidator.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Writes the workbook a unit's clerk reads to learn what was taken in and what to fix. */
public interface FeedbackWriter {

    void write(Submission submission, List<WorkbookReading.FoundTable> tables, Stream<ParsedRow> rows, Path target)
            throws IOException;
}
