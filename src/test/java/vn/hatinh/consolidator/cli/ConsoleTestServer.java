package vn.hatinh.consolidator.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.hatinh.consolidator.support.TestDatabase;
import vn.hatinh.consolidator.users.Role;
import vn.hatinh.consolidator.users.UserAccounts;
import vn.hatinh.consolidator.web.ConsoleServer;

/**
 * The console as serve starts it (same store session, same web properties), on a free port of 127.0.0.1, over a fresh
 * database of the shared embedded test server; without serve's scheduler and signal handling.
 */
public final class ConsoleTestServer implements AutoCloseable {

    private final StoreSession session;
    private final Path dataDir;

    private ConsoleTestServer(StoreSession session, Path dataDir) {
        this.session = session;
        this.dataDir = dataDir;
    }

    public static ConsoleTestServer start(Path work, Path inbox) {
        GlobalOptions options = new GlobalOptions();
        options.dataDir = work.resolve("data").toAbsolutePath();
        options.dbUrl = TestDatabase.newDatabase("console");
        options.jobsDir = Path.of("jobs").toAbsolutePath();
        options.waitSeconds = 5;
        Map<String, Object> properties = new LinkedHashMap<>(ConsoleServer.properties("127.0.0.1", 0));
        if (inbox != null) {
            properties.put("consolidator.inbox", inbox.toAbsolutePath().normalize().toString());
        }
        return new ConsoleTestServer(StoreSession.open(options, properties), options.dataDir);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + session.localPort() + path;
    }

    public Path dataDir() {
        return dataDir;
    }

    public <T> T bean(Class<T> type) {
        return session.bean(type);
    }

    public void addUser(String name, Role role, String password) {
        bean(UserAccounts.class).add(name, role, password.toCharArray());
    }

    @Override
    public void close() {
        session.close();
    }
}
