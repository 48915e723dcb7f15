package vn.hatinh.consolidator.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition per pending file, except that consecutive small files share one until their sizes add up to the
 * configured partition size. Each partition's context names its files; a restart reuses the contexts saved, so a
 * partition goes on with the files it had.
 */
public class PendingFilesPartitioner implements Partitioner {

    static final String SUBMISSION_IDS = "submissionIds";

    private final SubmissionStore submissions;
    private final long partitionBytes;

    public PendingFilesPartitioner(SubmissionStore submissions, long partitionBytes) {
        this.submissions = submissions;
        this.partitionBytes = partitionBytes;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        List<Submission> group = new ArrayList<>();
        long groupBytes = 0;
        for (Submission s : submissions.withStatus(SubmissionStatus.PENDING)) {
            long size = s.sizeBytes() == null ? 0 : s.sizeBytes();
            if (!group.isEmpty() && groupBytes + size > partitionBytes) {
                add(partitions, group);
                group = new ArrayList<>();
                groupBytes = 0;
            }
            group.add(s);
            groupBytes += size;
        }
        if (!group.isEmpty()) {
            add(partitions, group);
        }
        return partitions;
    }

    private static void add(Map<String, ExecutionContext> partitions, List<Submission> files) {
        ExecutionContext context = new ExecutionContext();
        context.putString(SUBMISSION_IDS, files.stream().map(s -> Long.toString(s.id())).collect(Collectors.joining(",")));
        partitions.put("files-" + files.get(0).id(), context);
    }

    static List<Long> submissionIds(String ids) {
        List<Long> list = new ArrayList<>();
        if (ids != null && !ids.isBlank()) {
            for (String id : ids.split(",")) {
                list.add(Long.parseLong(id.trim()));
            }
        }
        return list;
    }
}
