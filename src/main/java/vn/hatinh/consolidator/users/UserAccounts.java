package vn.hatinh.consolidator.users;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The console's users in the store, with BCrypt-hashed passwords (delegating encoder, so the scheme can change). */
@Component
public class UserAccounts {

    static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{2,64}");

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    public UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PasswordEncoder encoder() {
        return encoder;
    }

    public Optional<ConsoleUser> find(String name) {
        return jdbc.sql("SELECT name, password_hash, role, created_at FROM console_user WHERE name = ?")
                .param(name)
                .query((rs, i) -> new ConsoleUser(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toLocalDateTime()))
                .optional();
    }

    public List<ConsoleUser> all() {
        return jdbc.sql("SELECT name, password_hash, role, created_at FROM console_user ORDER BY name")
                .query((rs, i) -> new ConsoleUser(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toLocalDateTime()))
                .list();
    }

    @Transactional
    public void add(String name, Role role, char[] password) {
        requireName(name);
        requirePassword(password);
        if (find(name).isPresent()) {
            throw new IllegalArgumentException("Người dùng '" + name + "' đã có; đổi mật khẩu bằng: user password " + name);
        }
        LocalDateTime now = LocalDateTime.now();
        jdbc.sql("INSERT INTO console_user (name, password_hash, role, created_at, password_changed_at) VALUES (?, ?, ?, ?, ?)")
                .params(name, encoder.encode(new String(password)), role.name(), now, now).update();
    }

    @Transactional
    public void changePassword(String name, char[] password) {
        requirePassword(password);
        int n = jdbc.sql("UPDATE console_user SET password_hash = ?, password_changed_at = ? WHERE name = ?")
                .params(encoder.encode(new String(password)), LocalDateTime.now(), name).update();
        if (n == 0) {
            throw new IllegalArgumentException("Không có người dùng '" + name + "'.");
        }
    }

    @Transactional
    public void remove(String name) {
        int n = jdbc.sql("DELETE FROM console_user WHERE name = ?").param(name).update();
        if (n == 0) {
            throw new IllegalArgumentException("Không có người dùng '" + name + "'.");
        }
    }

    private static void requireName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Tên người dùng chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới "
                    + "(2 đến 64 ký tự), ví dụ: nguyen.van.a");
        }
    }

    private static void requirePassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("Mật khẩu cần ít nhất " + MIN_PASSWORD_LENGTH + " ký tự.");
        }
    }
}
