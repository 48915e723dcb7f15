package vn.hatinh.consolidator.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.hatinh.consolidator.ingest.SubmissionTemplate;

@Command(name = "template", description = "Writes the blank submission template for units to fill in.")
class TemplateCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx")
    Path out;

    @Override
    public Integer call() throws Exception {
        SubmissionTemplate.write(out);
        System.out.println("Đã ghi mẫu biểu báo cáo vào " + out.toAbsolutePath().normalize() + ".");
        return 0;
    }
}
