package vn.hatinh.consolidator.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.hatinh.consolidator.ingest.IngestExports;

@Command(name = "export", description = "Exports what the store holds as CSV: submissions, rejections.")
class ExportCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Parameters(index = "0", paramLabel = "WHAT", description = "submissions or rejections")
    String what;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!what.equals("submissions") && !what.equals("rejections")) {
            throw new IllegalArgumentException("Unknown export '" + what + "': use submissions or rejections.");
        }
        try (StoreSession session = StoreSession.open(root.global, Map.of())) {
            IngestExports exports = session.bean(IngestExports.class);
            int lines = what.equals("submissions") ? exports.submissions(out) : exports.rejections(out);
            System.out.println("Wrote " + lines + " " + what + " to " + out.toAbsolutePath().normalize() + ".");
            return 0;
        }
    }
}
