package vn.hatinh.consolidator.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import vn.hatinh.consolidator.ingest.table.TableReader;
import vn.hatinh.consolidator.ingest.table.TableRow;
import vn.hatinh.consolidator.ingest.workbook.WorkbookContent;
import vn.hatinh.consolidator.ingest.workbook.WorkbookRejectedException;

/**
 * Reads the files of one partition in turn, a row at a time: each file's start, its table rows, then its end with what
 * it declares or why it is rejected. Its position (which file, how many of its rows) is saved in the step's execution
 * context at every commit, so a restarted partition skips what was committed and goes on from the next row; a
 * file that cannot be read ends with a rejection and never fails the step.
 */
public class WorkbookItemReader implements ItemStreamReader<WorkbookItem> {

    private static final Logger log = LoggerFactory.getLogger(WorkbookItemReader.class);
    static final String FILE_INDEX = "workbook.file";
    static final String ROWS_READ = "workbook.rows";
    private static final int PROGRESS_EVERY = 10_000;
    static final String GONE = "Tệp đã bị xóa hoặc di chuyển khỏi thư mục trước khi được đọc; đề nghị gửi lại.";
    static final String UNEXPECTED = "Tệp bị hỏng hoặc có cấu trúc không đọc được; đề nghị mở bằng Excel, lưu lại "
            + "dưới dạng .xlsx và gửi lại.";

    private final List<Long> submissionIds;
    private final SubmissionStore submissions;
    private final WorkbookParsing parsing;

    private int fileIndex;
    /** Items of the current file handed out so far, its start included. */
    private int itemsOfFile;
    private int itemsToSkip;
    private int lastProgress;
    private long submissionId;
    private WorkbookContent workbook;
    private TableReader.TableRows rows;
    /** Row positions already handed out per sheet: a position is stored once even if a reader reports it twice. */
    private final Map<String, BitSet> seen = new HashMap<>();

    public WorkbookItemReader(List<Long> submissionIds, SubmissionStore submissions, WorkbookParsing parsing) {
        this.submissionIds = List.copyOf(submissionIds);
        this.submissions = submissions;
        this.parsing = parsing;
    }

    @Override
    public void open(ExecutionContext context) throws ItemStreamException {
        fileIndex = context.getInt(FILE_INDEX, 0);
        itemsToSkip = context.getInt(ROWS_READ, 0);
        itemsOfFile = 0;
    }

    @Override
    public void update(ExecutionContext context) throws ItemStreamException {
        context.putInt(FILE_INDEX, fileIndex);
        context.putInt(ROWS_READ, itemsOfFile);
        // called at each commit: a large file shows its progress every PROGRESS_EVERY rows
        if (itemsOfFile / PROGRESS_EVERY > lastProgress) {
            lastProgress = itemsOfFile / PROGRESS_EVERY;
            log.info("Submission {}: {} rows read and being committed", submissionId, itemsOfFile - 1);
        }
    }

    @Override
    public WorkbookItem read() {
        while (fileIndex < submissionIds.size()) {
            if (rows == null) {
                submissionId = submissionIds.get(fileIndex);
                Optional<Submission> pending = submissions.find(submissionId)
                        .filter(s -> s.status() == SubmissionStatus.PENDING);
                if (pending.isEmpty()) {
                    // settled by an earlier attempt (or removed): nothing left to read
                    nextFile(null);
                    continue;
                }
                WorkbookItem failed = openFile(pending.get());
                if (failed != null) {
                    return nextFile(failed);
                }
                if (itemsToSkip == 0) {
                    itemsOfFile = 1;
                    return new WorkbookItem.FileStarted(submissionId);
                }
                // resumed: the start and the rows already committed are read again but not handed out
                itemsOfFile = 1;
            }
            try {
                TableRow row = nextRow();
                while (row != null && itemsOfFile < itemsToSkip) {
                    itemsOfFile++;
                    row = nextRow();
                }
                itemsToSkip = 0;
                if (row != null) {
                    itemsOfFile++;
                    return new WorkbookItem.RowFound(submissionId, row);
                }
                return nextFile(new WorkbookItem.FileRead(submissionId, rows.reading(), null));
            } catch (WorkbookRejectedException e) {
                log.info("Submission {} rejected: {} ({})", submissionId, e.reason(), e.getMessage());
                return nextFile(WorkbookItem.FileRead.rejected(submissionId, e.reason().message()));
            } catch (RuntimeException | StackOverflowError e) {
                // a reader defect or an input nobody foresaw: the file is rejected, the run goes on
                log.error("Submission {} could not be read", submissionId, e);
                return nextFile(WorkbookItem.FileRead.rejected(submissionId, UNEXPECTED));
            }
        }
        return null;
    }

    @Override
    public void close() throws ItemStreamException {
        closeFile();
    }

    /** Opens the current file; returns its rejection when it cannot be opened. */
    private WorkbookItem openFile(Submission submission) {
        Path file = Path.of(submission.inbox()).resolve(submission.path());
        if (!Files.exists(file)) {
            return WorkbookItem.FileRead.rejected(submissionId, GONE);
        }
        try {
            workbook = parsing.open(file);
            rows = parsing.tables().open(workbook, submission.fileName());
            seen.clear();
            return null;
        } catch (WorkbookRejectedException e) {
            log.info("{} rejected: {} ({})", submission.path(), e.reason(), e.getMessage());
            closeFile();
            return WorkbookItem.FileRead.rejected(submissionId, e.reason().message());
        } catch (RuntimeException | StackOverflowError e) {
            log.error("{} could not be opened", submission.path(), e);
            closeFile();
            return WorkbookItem.FileRead.rejected(submissionId, UNEXPECTED);
        }
    }

    private TableRow nextRow() throws WorkbookRejectedException {
        for (TableRow row; (row = rows.next()) != null; ) {
            BitSet positions = seen.computeIfAbsent(row.sheet(), k -> new BitSet());
            if (!positions.get(row.rowNumber())) {
                positions.set(row.rowNumber());
                return row;
            }
        }
        return null;
    }

    private WorkbookItem nextFile(WorkbookItem last) {
        closeFile();
        lastProgress = 0;
        fileIndex++;
        itemsOfFile = 0;
        itemsToSkip = 0;
        return last;
    }

    private void closeFile() {
        if (rows != null) {
            rows.close();
            rows = null;
        }
        if (workbook != null) {
            workbook.close();
            workbook = null;
        }
    }
}
