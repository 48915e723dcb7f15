package vn.hatinh.consolidator.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * A copy of input-samples/ for a test to ingest: the ingest writes the clerks' feedback copies into the drop folder
 * (phan-hoi/), which must not land in the project's own sample folder. Modification times are kept, since
 * resubmissions are ordered by them.
 */
public final class InputSamples {

    private InputSamples() {
    }

    public static Path copyTo(Path target) throws IOException {
        Path source = Path.of("input-samples");
        Path inbox = target.toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = source.relativize(file);
                if (relative.toString().contains("phan-hoi")) {
                    continue;
                }
                Path to = inbox.resolve(relative.toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return inbox;
    }
}
