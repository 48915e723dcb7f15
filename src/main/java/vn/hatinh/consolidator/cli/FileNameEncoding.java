package vn.hatinh.consolidator.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Java takes the charset of file names from the locale when it starts. Without a UTF-8 locale (cron or systemd with
 * no LANG) a name such as "Báo cáo Năm 2023.xlsx" cannot become a path at all and the whole scan fails, so commands
 * that read the drop folder refuse to start there and say what to set.
 */
final class FileNameEncoding {

    private FileNameEncoding() {
    }

    static void requireUtf8() {
        String jnu = System.getProperty("sun.jnu.encoding");
        if (jnu != null && !Charset.forName(jnu).equals(StandardCharsets.UTF_8)) {
            throw new IllegalStateException("Máy đang chạy với bảng mã " + jnu + " nên không đọc được tên tệp tiếng Việt;"
                    + " hãy đặt LANG=C.UTF-8 (hoặc vi_VN.UTF-8) cho lệnh hoặc dịch vụ rồi chạy lại.");
        }
    }
}
