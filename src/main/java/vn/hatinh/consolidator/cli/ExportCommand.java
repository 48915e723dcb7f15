package vn.hatinh.consolidator.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.hatinh.consolidator.completeness.ReportingPeriod;

@Command(name = "export", description = "Exports what the store holds as CSV: submissions, rejections, links, records.")
class ExportCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Parameters(index = "0", paramLabel = "WHAT", descriptionKey = "what", description = "submissions, rejections, links or records")
    String what;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv")
    Path out;

    @Option(names = "--period", paramLabel = "KỲ",
            description = "Với completeness: kỳ báo cáo 2024-03 (tháng), 2024-Q1 (quý), 2024-H1 (6 tháng) hoặc 2024 (năm).")
    String period;

    @Override
    public Integer call() throws Exception {
        if (!java.util.Set.of("submissions", "rejections", "links", "records", "completeness").contains(what)) {
            throw new IllegalArgumentException("Không có bản xuất '" + what
                    + "'; hãy dùng submissions, rejections, links, records hoặc completeness.");
        }
        if (what.equals("completeness")) {
            if (period == null) {
                throw new IllegalArgumentException("export completeness cần --period, ví dụ --period 2024-03.");
            }
            ReportingPeriod reportingPeriod = ReportingPeriod.parse(period);
            try (ReadingSession session = ReadingSession.open(root.global)) {
                int lines = session.completeness().export(reportingPeriod, out);
                System.out.println("Đã ghi tình hình gửi báo cáo " + reportingPeriod.label().toLowerCase() + " của "
                        + lines + " đơn vị vào " + out.toAbsolutePath().normalize() + ".");
                return 0;
            }
        }
        try (ReadingSession session = ReadingSession.open(root.global)) {
            int lines = switch (what) {
                case "submissions" -> session.exports().submissions(out);
                case "rejections" -> session.exports().rejections(out);
                case "links" -> session.records().exportLinks(out);
                default -> session.records().exportRecords(out);
            };
            String noun = switch (what) {
                case "submissions" -> "tệp";
                case "rejections" -> "dòng bị từ chối";
                case "links" -> "dòng nguồn";
                default -> "bản ghi tổng hợp";
            };
            System.out.println("Đã ghi " + lines + " " + noun + " vào " + out.toAbsolutePath().normalize() + ".");
            return 0;
        }
    }
}
