package vn.hatinh.consolidator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The operator's files (reference data, report texts, schedules, read limits): defaults packaged in the jar, each
 * one overridden by the file of the same relative path in the operator's folder ({@code --jobs-dir}, or
 * {@code ./jobs} when present). The jar therefore runs from any directory, and an operator edits only the files
 * they want to change.
 */
public final class OperatorFiles {

    /** Where the build puts a copy of the project's jobs/ folder inside the jar. */
    static final String DEFAULTS_LOCATION = "operator-defaults";

    private static final Map<String, Path> EXTRACTED = new ConcurrentHashMap<>();

    private final Path overrides;

    private OperatorFiles(Path overrides) {
        this.overrides = overrides == null ? null : overrides.toAbsolutePath().normalize();
    }

    /** {@code overrides} may be null: the packaged defaults alone. */
    public static OperatorFiles of(Path overrides) {
        return new OperatorFiles(overrides);
    }

    /** The operator's file at {@code relative} (e.g. "reference/units.csv") when there is one, else the default. */
    public Path file(String relative) {
        if (overrides != null) {
            Path own = overrides.resolve(relative);
            if (Files.isRegularFile(own)) {
                return own;
            }
        }
        return defaultsDirectory().resolve(relative);
    }

    /** Files directly in {@code folder} whose name passes {@code names}: the defaults, each replaced by the operator's. */
    public List<Path> files(String folder, Predicate<String> names) {
        Map<String, Path> byName = new TreeMap<>();
        addFiles(defaultsDirectory().resolve(folder), names, byName);
        if (overrides != null) {
            addFiles(overrides.resolve(folder), names, byName);
        }
        return new ArrayList<>(byName.values());
    }

    /** Where a file of the operator's own would go, to name it in messages. */
    public String describe(String relative) {
        return overrides == null ? "jobs/" + relative + " (mặc định trong chương trình)" : overrides.resolve(relative).toString();
    }

    /**
     * Writes every packaged default under {@code target}, for the operator to edit. Refuses to overwrite a file
     * unless {@code overwrite}; returns the relative paths written.
     */
    public static List<String> exportDefaults(Path target, boolean overwrite) throws IOException {
        Path source = defaultsDirectory();
        List<String> relative;
        try (Stream<Path> walk = Files.walk(source)) {
            relative = walk.filter(Files::isRegularFile).map(p -> source.relativize(p).toString()).sorted().toList();
        }
        if (!overwrite) {
            List<String> existing = relative.stream().filter(r -> Files.exists(target.resolve(r))).toList();
            if (!existing.isEmpty()) {
                throw new IllegalArgumentException("Thư mục " + target + " đã có " + existing.size()
                        + " tệp cùng tên (ví dụ " + existing.get(0) + "); thêm --force để ghi đè.");
            }
        }
        for (String r : relative) {
            Path to = target.resolve(r);
            Files.createDirectories(to.getParent());
            Files.copy(source.resolve(r), to, StandardCopyOption.REPLACE_EXISTING);
        }
        return relative;
    }

    private static void addFiles(Path dir, Predicate<String> names, Map<String, Path> byName) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(Files::isRegularFile).filter(p -> names.test(p.getFileName().toString()))
                    .forEach(p -> byName.put(p.getFileName().toString(), p));
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được thư mục " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The packaged defaults as plain files. Inside a jar they are copied once per process into a private temporary
     * folder, so every reader keeps working on paths; run from target/classes they are used where they are.
     */
    static Path defaultsDirectory() {
        return EXTRACTED.computeIfAbsent(DEFAULTS_LOCATION, location -> {
            try {
                PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(
                        OperatorFiles.class.getClassLoader());
                Resource root = resolver.getResource("classpath:" + location + "/");
                if (root.exists() && root.isFile()) {
                    return root.getFile().toPath();
                }
                Path dir = Files.createTempDirectory("consolidator-defaults-",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                dir.toFile().deleteOnExit();
                for (Resource r : resolver.getResources("classpath*:" + location + "/**")) {
                    String url = r.getURL().toString();
                    int at = url.lastIndexOf(location + "/");
                    String relative = url.substring(at + location.length() + 1);
                    if (relative.isEmpty() || relative.endsWith("/") || !r.isReadable()) {
                        continue;
                    }
                    Path to = dir.resolve(java.net.URLDecoder.decode(relative, java.nio.charset.StandardCharsets.UTF_8));
                    Files.createDirectories(to.getParent());
                    to.getParent().toFile().deleteOnExit();
                    try (InputStream in = r.getInputStream()) {
                        Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                    to.toFile().deleteOnExit();
                }
                return dir;
            } catch (IOException e) {
                throw new UncheckedIOException("Không đọc được các tệp mặc định trong chương trình: " + e.getMessage(), e);
            }
        });
    }
}
