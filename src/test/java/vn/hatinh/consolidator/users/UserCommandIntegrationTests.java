package vn.hatinh.consolidator.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import vn.hatinh.consolidator.cli.Main;
import vn.hatinh.consolidator.support.TestDatabase;

/** The user commands against a real MariaDB: hashed passwords from standard input, refusals, the audit log. */
class UserCommandIntegrationTests {

    @Test
    void addChangeAndRemoveAUserWithTheirPasswordsHashedAndEveryChangeAudited() {
        String url = TestDatabase.newDatabase("users");
        String[] db = {"--db-url", url, "--db-user", "root", "--db-password", ""};
        assertThat(run("mat-khau-rat-dai\n", concat(new String[] {"user", "add", "nguyen.van.a", "--role", "operator"}, db)))
                .isZero();
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, "root", ""));
        Map<String, Object> row = jdbc.sql("SELECT password_hash, role FROM console_user WHERE name = 'nguyen.van.a'")
                .query().singleRow();
        String hash = (String) row.get("password_hash");
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("mat-khau-rat-dai");
        assertThat(row.get("role")).isEqualTo("OPERATOR");
        var encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        assertThat(encoder.matches("mat-khau-rat-dai", hash)).isTrue();

        // the same name again, a short password, an unknown role: refused as bad arguments, nothing changed
        assertThat(run("mot-mat-khau-khac\n", concat(new String[] {"user", "add", "nguyen.van.a", "--role", "viewer"}, db)))
                .isEqualTo(2);
        assertThat(run("ngan\n", concat(new String[] {"user", "add", "tran.thi.b", "--role", "viewer"}, db))).isEqualTo(2);
        assertThat(run("mat-khau-rat-dai\n", concat(new String[] {"user", "add", "tran.thi.b", "--role", "admin"}, db)))
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM console_user").query(Integer.class).single()).isEqualTo(1);

        assertThat(run("mat-khau-moi-123\n", concat(new String[] {"user", "password", "nguyen.van.a"}, db))).isZero();
        String changed = jdbc.sql("SELECT password_hash FROM console_user WHERE name = 'nguyen.van.a'")
                .query(String.class).single();
        assertThat(encoder.matches("mat-khau-moi-123", changed)).isTrue();
        assertThat(encoder.matches("mat-khau-rat-dai", changed)).isFalse();

        assertThat(run("", concat(new String[] {"user", "remove", "nguyen.van.a"}, db))).isZero();
        assertThat(run("", concat(new String[] {"user", "remove", "nguyen.van.a"}, db))).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM console_user").query(Integer.class).single()).isZero();

        List<String> actions = jdbc.sql("SELECT CONCAT(action, ' ', target) FROM audit_log ORDER BY id")
                .query(String.class).list();
        assertThat(actions).containsExactly("Thêm người dùng nguyen.van.a", "Đổi mật khẩu nguyen.van.a",
                "Xóa người dùng nguyen.van.a");
        assertThat(jdbc.sql("SELECT actor FROM audit_log").query(String.class).list())
                .allSatisfy(a -> assertThat(a).startsWith("dòng lệnh ("));
    }

    @Test
    void theHelpShowsAnExample() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream previous = System.out;
        System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run("user", "add", "--help")).isZero();
        } finally {
            System.setOut(previous);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Ví dụ").contains("user add nguyen.van.a --role operator");
    }

    private static int run(String stdin, String... args) {
        InputStream previous = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return Main.run(args);
        } finally {
            System.setIn(previous);
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
