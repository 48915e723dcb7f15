package vn.hatinh.consolidator.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where the password of an existing MariaDB server comes from, first match wins: {@code --db-password-file FILE},
 * {@code --db-password} (kept for scripts, with a warning: every user of the machine sees a command line in the
 * process list), then the environment variable {@value #ENVIRONMENT_VARIABLE}; an option given for this one command
 * beats the environment it inherited, as with the mariadb client. Giving both the file and the option is refused
 * rather than guessed.
 * <p>
 * The file must be readable by its owner only, as ssh insists for its keys: a password file others can read is no
 * secret, and refusing says so before the password travels anywhere.
 */
final class DatabasePassword {

    static final String ENVIRONMENT_VARIABLE = "CONSOLIDATOR_DB_PASSWORD";
    /** A password is one short line; a larger file is not a password file. */
    private static final int MAX_BYTES = 4096;

    private DatabasePassword() {
    }

    /** The password to use, or "" when none is given (the embedded server's root has none). */
    static String resolve(Path file, String onCommandLine, Map<String, String> environment, PrintStream warnings) {
        if (file != null && onCommandLine != null) {
            throw new IllegalArgumentException("Chỉ dùng một trong hai: --db-password-file hoặc --db-password.");
        }
        if (file != null) {
            return readFile(file);
        }
        if (onCommandLine != null) {
            warnings.println("Cảnh báo: mật khẩu ghi trên dòng lệnh (--db-password) thì mọi người dùng máy này đều xem "
                    + "được trong danh sách tiến trình. Hãy dùng --db-password-file TỆP (chỉ chủ sở hữu được đọc, "
                    + "chmod 600) hoặc biến môi trường " + ENVIRONMENT_VARIABLE + ".");
            return onCommandLine;
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        return fromEnvironment == null ? "" : fromEnvironment;
    }

    /** A JDBC URL carrying a password would put it back on the command line and into error messages. */
    static void refusePasswordInUrl(String url) {
        if (url != null && url.toLowerCase(Locale.ROOT).matches("(?s).*[?&;]password=.*")) {
            throw new IllegalArgumentException("--db-url không được chứa mật khẩu; hãy dùng --db-password-file TỆP "
                    + "hoặc biến môi trường " + ENVIRONMENT_VARIABLE + ".");
        }
    }

    private static String readFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("Không có tệp mật khẩu " + file.toAbsolutePath().normalize() + ".");
        }
        refuseIfOthersCanRead(file);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new IllegalArgumentException("Không đọc được tệp mật khẩu " + file.toAbsolutePath().normalize()
                    + ": " + e.getMessage());
        }
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("Tệp mật khẩu " + file.toAbsolutePath().normalize()
                    + " quá lớn; tệp chỉ chứa mật khẩu trên dòng đầu.");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        if (firstLine.endsWith("\r")) {
            firstLine = firstLine.substring(0, firstLine.length() - 1);
        }
        if (firstLine.isEmpty()) {
            throw new IllegalArgumentException("Dòng đầu của tệp mật khẩu " + file.toAbsolutePath().normalize()
                    + " trống.");
        }
        return firstLine;
    }

    private static void refuseIfOthersCanRead(Path file) {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            return; // not a POSIX file system: its ACLs are the operator's to set
        }
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("Không đọc được quyền của tệp mật khẩu "
                    + file.toAbsolutePath().normalize() + ": " + e.getMessage());
        }
        if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ)) {
            throw new IllegalArgumentException("Tệp mật khẩu " + file.toAbsolutePath().normalize()
                    + " để người khác đọc được; hãy chạy: chmod 600 " + file.toAbsolutePath().normalize());
        }
    }
}
