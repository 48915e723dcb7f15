package vn.hatinh.consolidator.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreFoldersTests {

    @TempDir
    Path dir;

    @Test
    void onlyRegularFilesReallyInsideTheRootAreServed() throws Exception {
        Path root = Files.createDirectories(dir.resolve("reports"));
        Files.createDirectories(root.resolve("thang-2024-03"));
        Path inside = Files.writeString(root.resolve("thang-2024-03/bao-cao.docx"), "x");
        Path outside = Files.writeString(dir.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(root.resolve("link.txt"), outside);
        Files.createSymbolicLink(root.resolve("out"), dir);

        assertThat(StoreFolders.inside(root, "thang-2024-03/bao-cao.docx")).contains(inside.toRealPath());
        assertThat(StoreFolders.inside(root, "thang-2024-03/./bao-cao.docx")).contains(inside.toRealPath());
        for (String refused : new String[] {"../secret.txt", "thang-2024-03/../../secret.txt", outside.toString(),
                "/etc/passwd", "link.txt", "out/secret.txt", "thang-2024-03", "", "a\0b", "nothing.docx",
                "thang-2024-03/../thang-2024-03/bao-cao.docx"}) {
            assertThat(StoreFolders.inside(root, refused)).as(refused).isEmpty();
        }
    }
}
