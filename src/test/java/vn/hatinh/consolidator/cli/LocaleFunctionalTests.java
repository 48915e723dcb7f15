package vn.hatinh.consolidator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The command started the way cron or systemd start it, with no locale at all: its Vietnamese sentences still come out
 * as UTF-8, and an ingest, which could not turn Vietnamese file names into paths, refuses to start and says what to set.
 */
class LocaleFunctionalTests {

    private record Outcome(int exit, String stderr) {
    }

    private static Outcome runWithoutLocale(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Path err = Files.createTempFile("locale", ".err");
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(err.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().clear();
        Process p = pb.start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Outcome(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void anIngestWithoutAUtf8LocaleRefusesBeforeTouchingTheStore() throws Exception {
        Path data = Path.of("target", "functional", "locale-" + System.nanoTime()).toAbsolutePath();
        Outcome o = runWithoutLocale("ingest", "--inbox", vn.hatinh.consolidator.support.InputSamples.copyTo(
                Path.of("target", "locale-inbox-" + System.nanoTime())).toString(),
                "--data-dir", data.toString(), "--jobs-dir", Path.of("jobs").toAbsolutePath().toString());
        assertThat(o.exit()).isEqualTo(1);
        assertThat(o.stderr()).contains("không đọc được tên tệp tiếng Việt").contains("LANG=C.UTF-8");
        assertThat(data).doesNotExist();
    }

    @Test
    void messagesAreUtf8WhateverTheLocale() throws Exception {
        Outcome o = runWithoutLocale("report", "monthly", "--month", "2024-13");
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.stderr()).contains("--month phải có dạng 2024-03, không phải '2024-13'.");
    }
}
