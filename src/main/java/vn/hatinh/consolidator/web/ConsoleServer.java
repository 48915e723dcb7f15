package vn.hatinh.consolidator.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The properties that turn a command's context into the console's web application: only serve (and the tests that
 * stand in for it) use them, so no other command loads Tomcat, MVC, Thymeleaf or the security filters.
 */
public final class ConsoleServer {

    /** How long an idle console session lasts before its user must log in again. */
    public static final String SESSION_TIMEOUT = "30m";

    private ConsoleServer() {
    }

    public static Map<String, Object> properties(String bindAddress, int port) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("spring.main.web-application-type", "servlet");
        p.put("server.address", bindAddress);
        p.put("server.port", Integer.toString(port));
        p.put("server.shutdown", "graceful");
        p.put("server.servlet.session.timeout", SESSION_TIMEOUT);
        p.put("server.servlet.session.cookie.http-only", "true");
        p.put("server.servlet.session.cookie.same-site", "strict");
        p.put("server.servlet.session.tracking-modes", "cookie");
        p.put("server.error.include-stacktrace", "never");
        p.put("server.error.include-message", "never");
        p.put("management.endpoints.web.exposure.include", "health");
        p.put("management.endpoint.health.show-components", "always");
        p.put("management.endpoint.health.show-details", "never");
        return p;
    }
}
