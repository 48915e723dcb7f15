package vn.hatinh.consolidator.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import vn.hatinh.consolidator.ConsolidatorProperties;
import vn.hatinh.consolidator.pipe.Pipe;

/**
 * Last step: copies each processed file to the archive and writes its feedback workbook beside it, one file per
 * call. The inbox itself is left untouched (files are copied, never moved), so nothing a unit sent can be lost;
 * a rerun overwrites the same archive names.
 */
@Component
public class ArchiveTasklet implements Tasklet, org.springframework.batch.core.listener.StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ArchiveTasklet.class);

    private final SubmissionStore submissions;
    private final SourceRowStore rows;
    private final FeedbackWriter feedback;
    private final ConsolidatorProperties properties;
    // the step bean is a singleton: reset when the step starts (see beforeStep)
    private volatile boolean clerkCopyFailed;

    public ArchiveTasklet(SubmissionStore submissions, SourceRowStore rows, FeedbackWriter feedback,
                          ConsolidatorProperties properties) {
        this.submissions = submissions;
        this.rows = rows;
        this.feedback = feedback;
        this.properties = properties;
    }

    @Override
    public void beforeStep(org.springframework.batch.core.step.StepExecution stepExecution) {
        clerkCopyFailed = false;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        Optional<Submission> next = submissions.notArchived().stream().findFirst();
        if (next.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        Submission s = next.get();
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
        try {
            // the rows come from the store on a thread of their own while this one writes the workbook
            Pipe.<ParsedRow, Void, RuntimeException>stream("feedback-rows", sink -> {
                try (Stream<ParsedRow> stored = rows.rowsOf(s.id())) {
                    stored.forEach(sink);
                }
                return null;
            }, stream -> {
                try {
                    feedback.write(s, tables, stream, feedbackFile);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        copyForTheClerk(source, feedbackFile);
        submissions.markArchived(s.id(), archived.toString(), feedbackFile.toString());
        contribution.incrementWriteCount(1);
        return RepeatStatus.CONTINUABLE;
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
