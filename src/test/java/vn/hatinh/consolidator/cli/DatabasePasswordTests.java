package vn.hatinh.consolidator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the server password comes from, in which order, and which password files are refused. */
class DatabasePasswordTests {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(warnings, true, StandardCharsets.UTF_8);

    private Path ownerOnlyFile(String content) throws Exception {
        Path file = dir.resolve("db-password");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    private String warned() {
        return warnings.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theFileGivesItsFirstLineWithoutTheLineEnd() throws Exception {
        Path file = ownerOnlyFile("Mật khẩu dài 7#\r\nsecond line ignored\n");
        assertThat(DatabasePassword.resolve(file, null, Map.of(), err)).isEqualTo("Mật khẩu dài 7#");
        assertThat(DatabasePassword.resolve(ownerOnlyFile("s3cret"), null, Map.of(), err)).isEqualTo("s3cret");
        assertThat(warned()).isEmpty();
    }

    @Test
    void theFileBeatsTheEnvironment() throws Exception {
        Path file = ownerOnlyFile("from-file\n");
        assertThat(DatabasePassword.resolve(file, null,
                Map.of(DatabasePassword.ENVIRONMENT_VARIABLE, "from-env"), err)).isEqualTo("from-file");
    }

    @Test
    void theEnvironmentIsUsedWhenNoOptionIsGiven() {
        assertThat(DatabasePassword.resolve(null, null,
                Map.of(DatabasePassword.ENVIRONMENT_VARIABLE, "from-env"), err)).isEqualTo("from-env");
        assertThat(warned()).isEmpty();
    }

    @Test
    void theOptionStillWorksBeatsTheEnvironmentAndWarnsWithoutRepeatingThePassword() {
        assertThat(DatabasePassword.resolve(null, "on-the-line",
                Map.of(DatabasePassword.ENVIRONMENT_VARIABLE, "from-env"), err)).isEqualTo("on-the-line");
        assertThat(warned()).contains("Cảnh báo").contains("--db-password-file").doesNotContain("on-the-line");
    }

    @Test
    void noSourceMeansNoPassword() {
        assertThat(DatabasePassword.resolve(null, null, Map.of(), err)).isEmpty();
    }

    @Test
    void theFileAndTheOptionTogetherAreRefused() throws Exception {
        Path file = ownerOnlyFile("x\n");
        assertThatThrownBy(() -> DatabasePassword.resolve(file, "y", Map.of(), err))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Chỉ dùng một trong hai");
    }

    @Test
    void aFileTheGroupOrOthersCanReadIsRefusedWithTheCommandThatFixesIt() throws Exception {
        Path file = ownerOnlyFile("top-secret\n");
        for (String mode : new String[] {"rw-r-----", "rw----r--"}) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
            assertThatThrownBy(() -> DatabasePassword.resolve(file, null, Map.of(), err))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("người khác đọc được").hasMessageContaining("chmod 600")
                    .message().doesNotContain("top-secret");
        }
    }

    @Test
    void aMissingEmptyOrOversizedFileIsRefused() throws Exception {
        assertThatThrownBy(() -> DatabasePassword.resolve(dir.resolve("none"), null, Map.of(), err))
                .hasMessageContaining("Không có tệp mật khẩu");
        Path empty = ownerOnlyFile("\nsecond");
        assertThatThrownBy(() -> DatabasePassword.resolve(empty, null, Map.of(), err))
                .hasMessageContaining("trống");
        Path big = ownerOnlyFile("x".repeat(5000));
        assertThatThrownBy(() -> DatabasePassword.resolve(big, null, Map.of(), err))
                .hasMessageContaining("quá lớn");
    }

    @Test
    void aUrlCarryingAPasswordIsRefused() {
        assertThatThrownBy(() -> DatabasePassword.refusePasswordInUrl(
                "jdbc:mariadb://db:3306/consolidator?user=u&password=leak"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--db-url")
                .message().doesNotContain("leak");
        DatabasePassword.refusePasswordInUrl("jdbc:mariadb://db:3306/consolidator?useSsl=true");
    }
}
