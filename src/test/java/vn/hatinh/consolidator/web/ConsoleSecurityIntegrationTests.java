package vn.hatinh.consolidator.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hatinh.consolidator.cli.ConsoleTestServer;
import vn.hatinh.consolidator.users.AuditLog;
import vn.hatinh.consolidator.users.Role;

/**
 * The console's security over real HTTP against the started application and a real embedded MariaDB: the login
 * wall, viewers refused on every action, CSRF, downloads confined to the store's folders, the login throttle.
 */
class ConsoleSecurityIntegrationTests {

    static final List<String> PAGES = List.of("/", "/submissions", "/review", "/records", "/records/O-000001",
            "/runs", "/reports", "/audit", "/submissions/1/original", "/submissions/1/feedback",
            "/reports/file?path=x.docx", "/actuator", "/actuator/info");
    static final List<String> ACTIONS = List.of("/review/decide", "/runs/1/restart", "/runs/ingest",
            "/reports/monthly", "/reports/term");

    static ConsoleTestServer server;
    static Path work;

    @BeforeAll
    static void start() throws Exception {
        work = Files.createDirectories(Path.of("target", "console-security-" + System.nanoTime()));
        server = ConsoleTestServer.start(work, null);
        server.addUser("operator", Role.OPERATOR, "mat-khau-van-hanh");
        server.addUser("viewer", Role.VIEWER, "mat-khau-nguoi-xem");
        server.addUser("victim", Role.VIEWER, "mat-khau-dung-1");
        server.bean(JdbcClient.class).sql("INSERT INTO review_pair (source_key_a, source_key_b, score, explanation) "
                + "VALUES ('a:DoanRa:3:outbound', 'b:DoanRa:4:outbound', 0.85, 'test pair')").update();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyPageButLoginAndHealthSendsAnAnonymousVisitorToTheLogin() throws Exception {
        ConsoleHttp anonymous = new ConsoleHttp(server);
        for (String page : PAGES) {
            HttpResponse<String> r = anonymous.get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(302);
            assertThat(r.headers().firstValue("Location")).as(page).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
        assertThat(anonymous.get("/login").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/login").body()).contains("Đăng nhập");
        // open to anyone; here DOWN (503) only because the test server never starts serve's scheduler
        HttpResponse<String> health = anonymous.get("/actuator/health");
        assertThat(health.statusCode()).isIn(200, 503);
        assertThat(health.body()).contains("\"status\"").contains("\"db\"");
    }

    @Test
    void anAnonymousPostIsRefusedEvenWithAToken() throws Exception {
        ConsoleHttp anonymous = new ConsoleHttp(server);
        int before = decisions();
        for (String action : ACTIONS) {
            HttpResponse<String> r = anonymous.postWithToken("/login", action, Map.of("month", "2024-03"));
            assertThat(r.statusCode()).as(action).isIn(302, 403);
            r.headers().firstValue("Location").ifPresent(l -> assertThat(l).endsWith("/login"));
        }
        assertThat(decisions()).isEqualTo(before);
    }

    @Test
    void aViewerReadsEveryPageButEveryActionIsRefused() throws Exception {
        ConsoleHttp viewer = new ConsoleHttp(server);
        assertThat(viewer.login("viewer", "mat-khau-nguoi-xem").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        int before = decisions();
        for (String page : List.of("/", "/submissions", "/review", "/records", "/runs", "/reports", "/audit")) {
            HttpResponse<String> r = viewer.get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            assertThat(r.body()).as(page).contains("người xem").doesNotContain("Cùng một sự kiện (gộp)");
        }
        for (String action : ACTIONS) {
            HttpResponse<String> r = viewer.postWithToken("/review", action,
                    Map.of("a", "a:DoanRa:3:outbound", "b", "b:DoanRa:4:outbound", "decision", "merge",
                            "month", "2024-03", "from", "2021-01-01", "to", "2024-03-31"));
            assertThat(r.statusCode()).as(action).isEqualTo(403);
        }
        assertThat(decisions()).isEqualTo(before);
        assertThat(work.resolve("data/reports/thang-2024-03/bao-cao-thang-2024-03.docx")).doesNotExist();
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedAndOneWithItGoesThrough() throws Exception {
        ConsoleHttp operator = new ConsoleHttp(server);
        operator.login("operator", "mat-khau-van-hanh");
        int before = decisions();
        Map<String, String> form = Map.of("a", "a:DoanRa:3:outbound", "b", "b:DoanRa:4:outbound", "decision", "split");
        assertThat(operator.post("/review/decide", form).statusCode()).isEqualTo(403);
        assertThat(operator.post("/review/decide", Map.of("_csrf", "forged", "a", "a:DoanRa:3:outbound",
                "b", "b:DoanRa:4:outbound", "decision", "split")).statusCode()).isEqualTo(403);
        assertThat(decisions()).isEqualTo(before);

        HttpResponse<String> ok = operator.postWithToken("/review", "/review/decide", form);
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(decisions()).isEqualTo(before + 1);
        assertThat(server.bean(AuditLog.class).latest(10)).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("operator");
            assertThat(e.action()).isEqualTo("Tách cặp rà soát");
        });
        assertThat(operator.get("/audit").body()).contains("Tách cặp rà soát");
    }

    @Test
    void aDownloadPathLeavingTheReportFolderIsRefused() throws Exception {
        Path reports = Files.createDirectories(work.resolve("data").resolve("reports").resolve("thang-2024-03"));
        Files.writeString(reports.resolve("bao-cao.docx"), "report", StandardCharsets.UTF_8);
        Path secret = Files.writeString(work.resolve("secret.txt"), "secret", StandardCharsets.UTF_8);
        Files.createSymbolicLink(reports.resolve("link.docx"), secret.toAbsolutePath());
        Files.createSymbolicLink(reports.resolve("linked-folder"), work.toAbsolutePath());

        ConsoleHttp operator = new ConsoleHttp(server);
        operator.login("operator", "mat-khau-van-hanh");
        HttpResponse<byte[]> fine = operator.download("/reports/file?path=thang-2024-03/bao-cao.docx");
        assertThat(fine.statusCode()).isEqualTo(200);
        assertThat(new String(fine.body(), StandardCharsets.UTF_8)).isEqualTo("report");
        assertThat(fine.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                h -> assertThat(h).startsWith("attachment"));

        for (String path : List.of("../secret.txt", "thang-2024-03/../../secret.txt", "..%2Fsecret.txt",
                "thang-2024-03%2F..%2F..%2Fsecret.txt", "%2Fetc%2Fpasswd", "/etc/passwd",
                "thang-2024-03/link.docx", "thang-2024-03/linked-folder/secret.txt")) {
            HttpResponse<byte[]> r = operator.download("/reports/file?path=" + path);
            assertThat(r.statusCode()).as(path).isIn(400, 404);
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).as(path).doesNotContain("secret");
        }
    }

    @Test
    void repeatedFailedLoginsAreSlowedDown() throws Exception {
        ConsoleHttp guesser = new ConsoleHttp(server);
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_USER + 1; i++) {
            assertThat(guesser.login("victim", "sai-mat-khau-" + i).headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).contains("/login?error"));
        }
        // the right password now waits too
        HttpResponse<String> right = guesser.login("victim", "mat-khau-dung-1");
        assertThat(right.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("error"));
        assertThat(guesser.get("/login").body()).contains("Đăng nhập sai nhiều lần");
        assertThat(guesser.get("/").statusCode()).isEqualTo(302);
    }

    private static int decisions() {
        return server.bean(JdbcClient.class).sql("SELECT COUNT(*) FROM review_decision").query(Integer.class).single();
    }
}
