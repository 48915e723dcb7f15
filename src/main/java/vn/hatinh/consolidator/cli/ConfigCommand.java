package vn.hatinh.consolidator.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.hatinh.consolidator.OperatorFiles;

@Command(name = "config")
class ConfigCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "export", descriptionKey = "what")
    String what;

    @Option(names = "--out", required = true, paramLabel = "THƯ-MỤC", description = "Thư mục nhận các tệp mặc định.")
    Path out;

    @Option(names = "--force", description = "Ghi đè các tệp đã có trong thư mục đó.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        if (!"export".equals(what)) {
            throw new IllegalArgumentException("Không có lệnh config '" + what + "'; hãy dùng config export --out THƯ-MỤC.");
        }
        List<String> written = OperatorFiles.exportDefaults(out, force);
        System.out.println("Đã ghi " + written.size() + " tệp mặc định vào " + out.toAbsolutePath().normalize()
                + ". Sửa tệp cần đổi, xóa các tệp không đổi nếu muốn, rồi chạy các lệnh với --jobs-dir "
                + out.toAbsolutePath().normalize() + ".");
        return 0;
    }
}
