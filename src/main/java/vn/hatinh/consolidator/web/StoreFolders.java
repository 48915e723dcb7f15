package vn.hatinh.consolidator.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import vn.hatinh.consolidator.ConsolidatorProperties;

/**
 * The only folders the console serves files from: the archive (original files and their feedback workbooks) and the
 * report folder (the reports generated from the console). A path that is absolute where a relative one is expected,
 * climbs with "..", or leads through a link to anywhere else is refused.
 */
@Component
@ConditionalOnWebApplication
public class StoreFolders {

    private final Path archive;
    private final Path reports;

    public StoreFolders(ConsolidatorProperties properties,
                        @Value("${consolidator.report-dir:data/reports}") Path reports) {
        this.archive = properties.archiveDir().toAbsolutePath().normalize();
        this.reports = reports.toAbsolutePath().normalize();
    }

    public Path archive() {
        return archive;
    }

    public Path reports() {
        return reports;
    }

    /** A file under the report folder named by a relative path from a request; empty when refused or absent. */
    public Optional<Path> reportFile(String relative) {
        return inside(reports, relative);
    }

    /** A file the store recorded (archived copy, feedback workbook): only when it really lies in the archive. */
    public Optional<Path> archivedFile(String storedPath) {
        if (storedPath == null || storedPath.isBlank()) {
            return Optional.empty();
        }
        Path p = Path.of(storedPath).toAbsolutePath().normalize();
        if (!p.startsWith(archive)) {
            return Optional.empty();
        }
        return inside(archive, archive.relativize(p).toString());
    }

    /** The relative path of a file under the report folder, for links; empty when it lies elsewhere. */
    public Optional<String> relativeToReports(Path file) {
        Path p = file.toAbsolutePath().normalize();
        return p.startsWith(reports) ? Optional.of(reports.relativize(p).toString().replace('\\', '/')) : Optional.empty();
    }

    static Optional<Path> inside(Path root, String relative) {
        if (relative == null || relative.isBlank() || relative.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        Path rel;
        try {
            rel = Path.of(relative);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (rel.isAbsolute() || relative.startsWith("/") || relative.startsWith("\\")) {
            return Optional.empty();
        }
        for (Path part : rel) {
            if (part.toString().equals("..")) {
                return Optional.empty();
            }
        }
        Path candidate = root.resolve(rel).normalize();
        if (!candidate.startsWith(root) || !Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            // a link anywhere on the way (a linked folder inside the archive) must not lead out of the root
            Path real = candidate.toRealPath();
            Path realRoot = root.toRealPath();
            return real.startsWith(realRoot) ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
