package vn.hatinh.consolidator.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The backups of a folder written by the schedule, named {@code consolidator-backup-YYYYMMDD-HHMMSS.zip} so that the
 * name orders them by age. Only files with that name are ever deleted: the folder may hold anything else.
 */
public final class BackupRetention {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile("consolidator-backup-\\d{8}-\\d{6}\\.zip");

    private BackupRetention() {
    }

    static String fileName(ZonedDateTime at) {
        return "consolidator-backup-" + at.format(STAMP) + ".zip";
    }

    /** Deletes all but the newest {@code keep} backups of {@code folder}; returns the deleted files. */
    public static List<Path> keepLast(Path folder, int keep) throws IOException {
        if (keep < 1) {
            throw new IllegalArgumentException("Số bản sao lưu giữ lại (keep) phải từ 1 trở lên, không phải " + keep + ".");
        }
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> backups;
        try (Stream<Path> files = Files.list(folder)) {
            backups = files.filter(f -> NAME.matcher(f.getFileName().toString()).matches())
                    .filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed())
                    .toList();
        }
        List<Path> old = backups.stream().skip(keep).toList();
        for (Path f : old) {
            Files.delete(f);
        }
        return old;
    }
}
