package vn.hatinh.consolidator.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled client programs, unpacked on demand into a data directory that never ran the embedded server, read the
 * credentials from the temporary option file exactly as typed (quotes, backslashes, '#', spaces), and the file is gone
 * afterwards.
 */
class ClientToolsTests {

    @TempDir
    Path dataDir;

    @Test
    void theProgramsAreUnpackedAndReadAnyPasswordFromTheOptionFileWhichIsThenDeleted() throws Exception {
        ClientTools tools = ClientTools.in(dataDir);
        assertThat(tools.program(ClientTools.DUMP)).isExecutable();
        assertThat(tools.program(ClientTools.CLIENT)).isExecutable();
        assertThat(dataDir.resolve("mariadb-base/bin/mariadbd")).as("not the 300 MB server").doesNotExist();

        String password = "a\\b\"c#d' e;Ư";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        tools.run(ClientTools.CLIENT, new DatabaseAddress("db.example", 3307, "consolidator", "operator", password),
                List.of("--print-defaults"), null, out);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("--password=" + password + " ").contains("--user=operator", "--port=3307",
                "--host=db.example");
        try (Stream<Path> left = Files.list(dataDir.resolve("mariadb-base/client-tmp"))) {
            assertThat(left).as("the option file is deleted").isEmpty();
        }
    }
}
