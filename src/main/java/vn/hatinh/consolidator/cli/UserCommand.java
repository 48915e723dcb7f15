package vn.hatinh.consolidator.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.hatinh.consolidator.users.AuditLog;
import vn.hatinh.consolidator.users.Role;
import vn.hatinh.consolidator.users.UserAccounts;

@Command(name = "user",
        description = "Người dùng của trang quản lý (serve): thêm, đổi mật khẩu, xóa. Mật khẩu đọc từ đầu vào chuẩn, "
                + "không bao giờ ghi trên dòng lệnh.",
        subcommands = {UserCommand.Add.class, UserCommand.Password.class, UserCommand.Remove.class},
        footerHeading = "%nVí dụ:%n",
        footer = {"  java -jar consolidator.jar user add nguyen.van.a --role operator",
                "  java -jar consolidator.jar user add tran.thi.b --role viewer < tep-mat-khau",
                "  java -jar consolidator.jar user password nguyen.van.a",
                "  java -jar consolidator.jar user remove tran.thi.b"})
class UserCommand implements Runnable {

    @ParentCommand
    RootCommand root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "Hãy dùng: user add TÊN --role operator|viewer, user password TÊN hoặc user remove TÊN.");
    }

    /** The operating-system user who ran the command, for the audit log. */
    static String actor() {
        return "dòng lệnh (" + System.getProperty("user.name", "?") + ")";
    }

    @Command(name = "add",
            description = "Thêm người dùng; mật khẩu (ít nhất 10 ký tự) đọc từ đầu vào chuẩn.",
            footerHeading = "%nVí dụ:%n", footer = "  java -jar consolidator.jar user add nguyen.van.a --role operator")
    static class Add implements Callable<Integer> {
        @ParentCommand
        UserCommand user;

        @Parameters(index = "0", paramLabel = "TÊN", description = "Tên đăng nhập của người dùng.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "operator|viewer",
                description = "operator: xem và thao tác; viewer: chỉ xem.")
        String role;

        @Override
        public Integer call() throws IOException {
            Role r = Role.parse(role);
            char[] password = readPassword("Mật khẩu cho " + name + ": ");
            try (StoreSession session = StoreSession.open(user.root.global, Map.of())) {
                session.bean(UserAccounts.class).add(name, r, password);
                session.bean(AuditLog.class).write(actor(), "Thêm người dùng", name, "vai trò " + r.vietnamese());
                System.out.println("Đã thêm người dùng " + name + " (" + r.vietnamese() + ").");
                return 0;
            } finally {
                Arrays.fill(password, ' ');
            }
        }
    }

    @Command(name = "password",
            description = "Đổi mật khẩu của người dùng; mật khẩu mới đọc từ đầu vào chuẩn.",
            footerHeading = "%nVí dụ:%n", footer = "  java -jar consolidator.jar user password nguyen.van.a")
    static class Password implements Callable<Integer> {
        @ParentCommand
        UserCommand user;

        @Parameters(index = "0", paramLabel = "TÊN", description = "Tên đăng nhập của người dùng.")
        String name;

        @Override
        public Integer call() throws IOException {
            char[] password = readPassword("Mật khẩu mới cho " + name + ": ");
            try (StoreSession session = StoreSession.open(user.root.global, Map.of())) {
                session.bean(UserAccounts.class).changePassword(name, password);
                session.bean(AuditLog.class).write(actor(), "Đổi mật khẩu", name, "đã đổi");
                System.out.println("Đã đổi mật khẩu của " + name + ".");
                return 0;
            } finally {
                Arrays.fill(password, ' ');
            }
        }
    }

    @Command(name = "remove", description = "Xóa người dùng.",
            footerHeading = "%nVí dụ:%n", footer = "  java -jar consolidator.jar user remove tran.thi.b")
    static class Remove implements Callable<Integer> {
        @ParentCommand
        UserCommand user;

        @Parameters(index = "0", paramLabel = "TÊN", description = "Tên đăng nhập của người dùng.")
        String name;

        @Override
        public Integer call() {
            try (StoreSession session = StoreSession.open(user.root.global, Map.of())) {
                session.bean(UserAccounts.class).remove(name);
                session.bean(AuditLog.class).write(actor(), "Xóa người dùng", name, "đã xóa");
                System.out.println("Đã xóa người dùng " + name + ".");
                return 0;
            }
        }
    }

    /** From the terminal without echo, typed twice; otherwise the first line of standard input. */
    static char[] readPassword(String prompt) throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword(prompt);
            char[] again = console.readPassword("Nhập lại: ");
            if (first == null || !Arrays.equals(first, again)) {
                throw new IllegalArgumentException("Hai lần nhập mật khẩu không giống nhau.");
            }
            return first;
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = in.readLine();
        if (line == null || line.isEmpty()) {
            throw new IllegalArgumentException("Không đọc được mật khẩu từ đầu vào chuẩn.");
        }
        return line.toCharArray();
    }
}
