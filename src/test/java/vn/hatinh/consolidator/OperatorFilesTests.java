package vn.hatinh.consolidator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperatorFilesTests {

    @TempDir
    Path dir;

    @Test
    void withoutAnOperatorFolderEveryFileIsThePackagedDefault() throws Exception {
        OperatorFiles files = OperatorFiles.of(null);
        Path units = files.file("reference/units.csv");
        assertThat(units).isRegularFile();
        assertThat(Files.readString(units, StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(Path.of("jobs/reference/units.csv"), StandardCharsets.UTF_8));
        assertThat(files.files("schedules", n -> n.endsWith(".yml"))).extracting(p -> p.getFileName().toString())
                .contains("nightly-ingest.yml", "monthly-report.yml", "term-report.yml");
    }

    @Test
    void anOperatorFileOverridesItsDefaultAndOnlyThatOne() throws Exception {
        Files.createDirectories(dir.resolve("reference"));
        Files.writeString(dir.resolve("reference/units.csv"), "code,name,level\nX,Đơn vị X,2\n");
        Files.createDirectories(dir.resolve("schedules"));
        Files.writeString(dir.resolve("schedules/nightly-ingest.yml"), "job: ingest\ncron: \"0 0 2 * * ?\"\n");
        Files.writeString(dir.resolve("schedules/extra.yml"), "job: ingest\ncron: \"0 0 3 * * ?\"\n");
        OperatorFiles files = OperatorFiles.of(dir);

        assertThat(files.file("reference/units.csv")).isEqualTo(dir.resolve("reference/units.csv").toAbsolutePath());
        assertThat(files.file("reference/countries.csv")).isNotEqualTo(dir.resolve("reference/countries.csv"))
                .isRegularFile();
        List<Path> schedules = files.files("schedules", n -> n.endsWith(".yml"));
        assertThat(schedules).extracting(p -> p.getFileName().toString())
                .containsExactly("extra.yml", "monthly-report.yml", "nightly-backup.yml", "nightly-ingest.yml",
                        "term-report.yml");
        assertThat(schedules).filteredOn(p -> p.getFileName().toString().equals("nightly-ingest.yml"))
                .singleElement().satisfies(p -> assertThat(p.startsWith(dir.toAbsolutePath())).isTrue());
    }

    @Test
    void exportWritesEveryDefaultAndRefusesToOverwriteWithoutForce() throws Exception {
        List<String> written = OperatorFiles.exportDefaults(dir, false);
        assertThat(written).contains("reference/units.csv", "report/monthly.txt", "schedules/nightly-ingest.yml",
                "ingest/read-limits.properties");
        for (String relative : written) {
            assertThat(Files.readAllBytes(dir.resolve(relative))).as(relative)
                    .isEqualTo(Files.readAllBytes(Path.of("jobs").resolve(relative)));
        }
        Files.writeString(dir.resolve("report/monthly.txt"), "sửa của người vận hành");
        assertThatThrownBy(() -> OperatorFiles.exportDefaults(dir, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--force");
        assertThat(Files.readString(dir.resolve("report/monthly.txt"), StandardCharsets.UTF_8))
                .isEqualTo("sửa của người vận hành");
        OperatorFiles.exportDefaults(dir, true);
        assertThat(Files.readAllBytes(dir.resolve("report/monthly.txt")))
                .isEqualTo(Files.readAllBytes(Path.of("jobs/report/monthly.txt")));
    }
}
