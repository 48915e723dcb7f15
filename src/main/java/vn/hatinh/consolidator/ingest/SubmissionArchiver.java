package vn.hatinh.consolidator.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import vn.hatinh.consolidator.ConsolidatorProperties;

/**
 * Copies a processed file to the archive and writes its feedback workbook beside it (and a copy for the clerk in the
 * drop folder). The inbox itself is left untouched (files are copied, never moved), so nothing a unit sent can be
 * lost; a rerun overwrites the same archive names, so processing an item again after a rollback is harmless.
 * Several files are processed at once (the step's task executor): it holds no state but the run's warning flag.
 */
public class SubmissionArchiver implements ItemProcessor<Submission, SubmissionArchiver.Archived>,
        StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(SubmissionArchiver.class);

    /** Where a submission's copy and its feedback were written. */
    public record Archived(long submissionId, String archivedPath, String feedbackPath) {
    }

    private final SourceRowStore rows;
    private final FeedbackWriter feedback;
    private final ConsolidatorProperties properties;
    // the step is a singleton: reset when the step starts (see beforeStep)
    private volatile boolean clerkCopyFailed;

    public SubmissionArchiver(SourceRowStore rows, FeedbackWriter feedback, ConsolidatorProperties properties) {
        this.rows = rows;
        this.feedback = feedback;
        this.properties = properties;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        clerkCopyFailed = false;
    }

    @Override
    public Archived process(Submission s) throws IOException {
        Path folder = properties.archiveDir().toAbsolutePath()
                .resolve(s.unit() == null ? "_khong-ro-don-vi" : s.unit());
        Files.createDirectories(folder);
        String base = s.id() + "-" + safeName(s.fileName());
        Path archived = folder.resolve(base);
        Path source = Path.of(s.inbox()).resolve(s.path());
        try {
            if (!Files.isSymbolicLink(source)) {
                Files.copy(source, archived, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (NoSuchFileException gone) {
            log.warn("{} left the inbox before it was archived", s.path());
        }
        Path feedbackFile = folder.resolve(base + ".phan-hoi.xlsx");
        List<WorkbookReading.FoundTable> tables = rows.tablesOf(s.id());
        // streamed on this thread's connection, closed before the next statement on it
        try (Stream<ParsedRow> stored = rows.rowsOf(s.id())) {
            feedback.write(s, tables, stored, feedbackFile);
        }
        copyForTheClerk(source, feedbackFile);
        return new Archived(s.id(), archived.toString(), feedbackFile.toString());
    }

    /**
     * The clerk who dropped the file finds its feedback beside it, in the feedback subfolder of the same folder. A
     * drop folder that cannot be written (a read-only share) only loses this copy: one warning per run.
     */
    private void copyForTheClerk(Path source, Path feedbackFile) {
        if (clerkCopyFailed) {
            return;
        }
        Path folder = source.getParent().resolve(properties.feedbackFolder());
        Path copy = folder.resolve(safeName(source.getFileName().toString()) + ".phan-hoi.xlsx");
        try {
            refuseReadOnly(source.getParent());
            Files.createDirectories(folder);
            refuseReadOnly(folder);
            Path temporary = folder.resolve(copy.getFileName() + ".tmp");
            Files.copy(feedbackFile, temporary, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temporary, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | SecurityException e) {
            clerkCopyFailed = true;
            log.warn("Feedback workbooks are not copied into the drop folder in this run ({} cannot be written: {});"
                    + " they stay in the archive", folder, e.toString());
        }
    }

    /**
     * A folder whose permissions deny writing is read-only even to root, whom the system would let write anyway: the
     * operator (or the share) made it so on purpose.
     */
    private static void refuseReadOnly(Path folder) throws IOException {
        try {
            if (!Files.getPosixFilePermissions(folder).contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE)) {
                throw new java.nio.file.AccessDeniedException(folder.toString(), null, "read-only folder");
            }
        } catch (UnsupportedOperationException notPosix) {
            // the file system's own checks apply
        }
    }

    /** Keeps the unit's file name readable but safe on any file system. */
    static String safeName(String name) {
        String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return cleaned.length() > 150 ? cleaned.substring(cleaned.length() - 150) : cleaned;
    }
}
