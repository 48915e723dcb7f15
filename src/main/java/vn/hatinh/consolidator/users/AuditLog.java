package vn.hatinh.consolidator.users;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who did what, when, to what: every operator action of the console and every user command. */
@Component
public class AuditLog {

    public record Entry(long id, LocalDateTime at, String actor, String action, String target, String outcome) {
    }

    private final JdbcClient jdbc;

    public AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void write(String actor, String action, String target, String outcome) {
        jdbc.sql("INSERT INTO audit_log (at, actor, action, target, outcome) VALUES (?, ?, ?, ?, ?)")
                .params(LocalDateTime.now(), cut(actor, 64), cut(action, 64), cut(target, 1024), cut(outcome, 1024))
                .update();
    }

    public List<Entry> latest(int limit) {
        return jdbc.sql("SELECT id, at, actor, action, target, outcome FROM audit_log ORDER BY id DESC LIMIT ?")
                .param(limit)
                .query((rs, i) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
