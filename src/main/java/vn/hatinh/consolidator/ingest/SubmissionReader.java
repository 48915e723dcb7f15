package vn.hatinh.consolidator.ingest;

import java.nio.file.Path;
import java.util.function.Consumer;

import vn.hatinh.consolidator.ingest.workbook.WorkbookRejectedException;

/**
 * Reads one submitted file: vets and opens it, finds its tables, parses and validates each row, and hands rows to
 * the sink one by one so that memory stays bounded whatever the file's size.
 */
public interface SubmissionReader {

    WorkbookReading read(Path file, String fileName, Consumer<ParsedRow> sink) throws WorkbookRejectedException;
}
