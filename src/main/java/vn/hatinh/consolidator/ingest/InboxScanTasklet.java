package vn.hatinh.consolidator.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import vn.hatinh.consolidator.ConsolidatorProperties;
import vn.hatinh.consolidator.reference.ReferenceData;
import vn.hatinh.consolidator.reference.Unit;

/**
 * Step 1: records every new file of the inbox with a first status: IGNORED (not a spreadsheet), DUPLICATE (content
 * already taken in), REJECTED (a link out of the inbox) or PENDING (to be read). Files still being written are left
 * for the next run. Runs in one transaction: a crash leaves no half-scanned inbox.
 */
public class InboxScanTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(InboxScanTasklet.class);
    static final String LINK_OUTSIDE = "Tệp là liên kết trỏ ra ngoài thư mục nhận báo cáo; không xử lý. Đề nghị gửi tệp thật.";
    static final String UNREADABLE = "Không đọc được tệp (có thể tệp đang mở hoặc bị khóa); đề nghị gửi lại.";

    private final SubmissionStore submissions;
    private final ReferenceData reference;
    private final ConsolidatorProperties properties;
    private final Path inbox;

    /** {@code inbox}: the job's parameter, the folder as the operator named it. */
    public InboxScanTasklet(String inbox, SubmissionStore submissions, ReferenceData reference,
                            ConsolidatorProperties properties) {
        this.inbox = Path.of(inbox).toAbsolutePath().normalize();
        this.submissions = submissions;
        this.reference = reference;
        this.properties = properties;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Long executionId = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
        if (!Files.isDirectory(inbox)) {
            throw new IllegalStateException("Thư mục nhận báo cáo không tồn tại: " + inbox);
        }
        Path realInbox = inbox.toRealPath();
        List<Path> files = listFiles(inbox, properties.feedbackFolder());
        Instant settledBefore = Instant.now().minus(properties.settle());
        SeenFiles seen = submissions.seenIn(inbox.toString());
        int recorded = 0;
        for (Path file : files) {
            if (record(inbox, realInbox, file, settledBefore, seen, executionId)) {
                recorded++;
                contribution.incrementWriteCount(1);
            }
            contribution.incrementReadCount();
        }
        log.info("Scanned {}: {} files, {} new", inbox, files.size(), recorded);
        return RepeatStatus.FINISHED;
    }

    private boolean record(Path inbox, Path realInbox, Path file, Instant settledBefore, SeenFiles seen,
                           Long executionId) {
        String relative = inbox.relativize(file).toString().replace('\\', '/');
        String inboxKey = inbox.toString();
        String unit = unitOfFolder(relative);
        String ignore = InboxFile.ignoreReason(file.getFileName().toString());
        if (ignore != null) {
            if (seen.ignored(relative)) {
                return false;
            }
            submissions.insert(inboxKey, relative, null, null, null, unit, SubmissionStatus.IGNORED, ignore, null,
                    executionId);
            return true;
        }
        try {
            if (Files.isSymbolicLink(file)) {
                Path target = file.toRealPath();
                if (!target.startsWith(realInbox)) {
                    if (seen.ignored(relative)
                            || submissions.findByPathAndHash(inboxKey, relative, "link").isPresent()) {
                        return false;
                    }
                    submissions.insert(inboxKey, relative, null, null, "link", unit, SubmissionStatus.REJECTED,
                            LINK_OUTSIDE, null, executionId);
                    return true;
                }
            }
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            Instant modified = attributes.lastModifiedTime().toInstant();
            if (modified.isAfter(settledBefore)) {
                log.info("{} is still being written; it waits for the next run", relative);
                return false;
            }
            LocalDateTime modifiedAt = LocalDateTime.ofInstant(modified.truncatedTo(ChronoUnit.MILLIS),
                    ZoneId.systemDefault());
            long size = attributes.size();
            if (seen.seenUnchanged(relative, size, modifiedAt)) {
                return false;
            }
            String sha = sha256(file);
            if (submissions.findByPathAndHash(inboxKey, relative, sha).isPresent()) {
                return false;
            }
            Optional<Submission> original = submissions.findOriginal(sha);
            if (original.isPresent()) {
                submissions.insert(inboxKey, relative, size, modifiedAt, sha, unit, SubmissionStatus.DUPLICATE,
                        "Trùng nội dung với tệp đã gửi: " + original.get().path() + "; không tính lại.",
                        original.get().id(), executionId);
            } else {
                submissions.insert(inboxKey, relative, size, modifiedAt, sha, unit, SubmissionStatus.PENDING, null,
                        null, executionId);
            }
            return true;
        } catch (NoSuchFileException vanished) {
            log.warn("{} vanished during the scan; it is not recorded", relative);
            return false;
        } catch (IOException unreadable) {
            log.warn("{} cannot be read: {}", relative, unreadable.getMessage());
            if (seen.ignored(relative)) {
                return false;
            }
            submissions.insert(inboxKey, relative, null, null, null, unit, SubmissionStatus.REJECTED, UNREADABLE,
                    null, executionId);
            return true;
        }
    }

    /** The unit named by the first folder under the inbox (its code or its name), or null for a root file. */
    private String unitOfFolder(String relative) {
        int slash = relative.indexOf('/');
        if (slash < 0) {
            return null;
        }
        return reference.units().resolve(relative.substring(0, slash)).map(Unit::code).orElse(null);
    }

    private static List<Path> listFiles(Path inbox, String feedbackFolder) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(inbox, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                // the feedback the pipeline wrote for the clerks is its own output, never a submission
                return !dir.equals(inbox) && dir.getFileName().toString().equalsIgnoreCase(feedbackFolder)
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() || attrs.isSymbolicLink()) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                log.warn("Cannot visit {}: {}", file, exc.getMessage());
                return FileVisitResult.CONTINUE;
            }
        });
        // of byte-identical files the earliest, then the shortest name ("x.xlsx" before "x - Copy.xlsx"), is the original
        files.sort(java.util.Comparator.comparing(InboxScanTasklet::modifiedOrMax)
                .thenComparingInt(p -> p.getFileName().toString().length()).thenComparing(p -> p));
        return files;
    }

    private static Instant modifiedOrMax(Path file) {
        try {
            // to the second: files written together (a copy, a checkout) then fall back to the shorter name
            return Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS);
        } catch (IOException e) {
            return Instant.MAX;
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
