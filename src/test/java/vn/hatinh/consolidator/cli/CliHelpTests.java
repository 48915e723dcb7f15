package vn.hatinh.consolidator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * Every command of the tree, whatever is added later, answers --help and -h: exit 0, Vietnamese headings, its own
 * Vietnamese description and an example, every option described, and no database started (it must be instant).
 */
class CliHelpTests {

    private record Printed(int exit, String out, String err) {
    }

    private static Printed run(List<String> args) {
        vn.hatinh.consolidator.support.CapturedRun.Result r = vn.hatinh.consolidator.support.CapturedRun.run(args.toArray(String[]::new));
        return new Printed(r.exit(), r.out(), r.err());
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> into) {
        into.add(path);
        for (var sub : command.getSubcommands().entrySet()) {
            if (sub.getValue().getCommandSpec().name().equals(sub.getKey())) { // aliases once
                List<String> subPath = new ArrayList<>(path);
                subPath.add(sub.getKey());
                collect(sub.getValue(), subPath, into);
            }
        }
    }

    @Test
    void everyCommandPrintsVietnameseHelpWithAnExampleAndStartsNothing() {
        List<List<String>> commands = new ArrayList<>();
        collect(new CommandLine(new RootCommand()), List.of(), commands);
        assertThat(commands).as("the tree is walked, not listed by hand")
                .contains(List.of("ingest"), List.of("report", "monthly"), List.of("jobs", "restart"), List.of("serve"))
                .hasSizeGreaterThanOrEqualTo(14);
        Path dataDir = Path.of("target", "help-" + System.nanoTime()).toAbsolutePath();
        long started = System.nanoTime();
        for (List<String> command : commands) {
            for (String flag : new String[] {"--help", "-h"}) {
                List<String> args = new ArrayList<>(command);
                args.add(flag);
                args.addAll(List.of("--data-dir", dataDir.toString()));
                Printed p = run(args);
                String name = String.join(" ", args);
                assertThat(p.exit()).as(name + "\n" + p.err()).isZero();
                assertThat(p.err()).as(name).isEmpty();
                assertThat(p.out()).as(name)
                        .startsWith("Cách dùng:")
                        .contains("Mô tả:", "Tùy chọn:", "Ví dụ:", "java -jar consolidator.jar " + String.join(" ", command))
                        .contains("-h, --help", "In hướng dẫn này rồi thoát.")
                        .doesNotContain("Usage:", "Unknown option");
                String description = p.out().substring(p.out().indexOf("Mô tả:"), p.out().indexOf("Tùy chọn:"));
                assertThat(description).as(name + ": a Vietnamese description of its own")
                        .containsPattern("[ạảãàáâầấậẩẫăằắặẳẵêềếệểễôồốộổỗơờớợởỡưừứựửữđ]");
                assertThat(p.out()).as(name + ": no English left in the help")
                        .doesNotContainPattern("(?i)\\b(the|and|of|with)\\b");
            }
        }
        assertThat(dataDir).as("help never opens the store").doesNotExist();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("no database started")
                .isLessThan(Duration.ofSeconds(60));
    }

    @Test
    void everyOptionAndParameterIsDescribed() {
        List<List<String>> commands = new ArrayList<>();
        CommandLine root = new CommandLine(new RootCommand());
        collect(root, List.of(), commands);
        for (List<String> path : commands) {
            CommandLine command = root;
            for (String name : path) {
                command = command.getSubcommands().get(name);
            }
            var spec = command.getCommandSpec();
            spec.options().forEach(o -> assertThat(String.join("", o.description()))
                    .as(path + " " + o.longestName()).isNotBlank());
            spec.positionalParameters().forEach(p -> assertThat(String.join("", p.description()))
                    .as(path + " " + p.paramLabel()).isNotBlank());
        }
    }
}
