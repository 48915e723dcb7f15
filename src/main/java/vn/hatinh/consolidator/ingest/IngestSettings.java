package vn.hatinh.consolidator.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How the read step divides its work.
 *
 * @param threads       files read at the same time; the machine's cores by default
 * @param partitionSize small files are read together, one partition per this many bytes of workbooks: a partition
 *                      costs a few commits of its own in the job repository, which for a few dozen rows outweigh the
 *                      reading (see the README's benchmark); a larger file is a partition alone
 * @param chunkSize     rows committed together
 */
@ConfigurationProperties("consolidator.ingest")
public record IngestSettings(Integer threads, DataSize partitionSize, Integer chunkSize) {

    public IngestSettings {
        threads = threads == null || threads < 1 ? Runtime.getRuntime().availableProcessors() : threads;
        partitionSize = partitionSize == null ? DataSize.ofKilobytes(256) : partitionSize;
        chunkSize = chunkSize == null || chunkSize < 1 ? 1000 : chunkSize;
    }
}
