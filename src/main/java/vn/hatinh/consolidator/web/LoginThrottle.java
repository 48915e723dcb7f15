package vn.hatinh.consolidator.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing: after a few failed logins for one user name, or from one address, each further attempt must
 * wait twice as long as the previous one (up to 15 minutes). A success clears the user name's count. Kept in memory:
 * a restart forgets, which is acceptable for an office console bound to the local network.
 */
public final class LoginThrottle {

    static final int FREE_FAILURES_PER_USER = 3;
    static final int FREE_FAILURES_PER_ADDRESS = 10;
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    /** Failures older than this are forgotten. */
    static final Duration MEMORY = Duration.ofHours(1);

    private record Failures(int count, Instant last) {
    }

    private final Clock clock;
    private final Map<String, Failures> byUser = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Zero when an attempt may go ahead now, otherwise how long it must wait. */
    public Duration waitBefore(String user, String address) {
        Duration a = remaining(byUser.get(key(user)), FREE_FAILURES_PER_USER);
        Duration b = remaining(byAddress.get(key(address)), FREE_FAILURES_PER_ADDRESS);
        return a.compareTo(b) >= 0 ? a : b;
    }

    public void failed(String user, String address) {
        Instant now = clock.instant();
        byUser.merge(key(user), new Failures(1, now), (old, x) -> new Failures(fresh(old, now) + 1, now));
        byAddress.merge(key(address), new Failures(1, now), (old, x) -> new Failures(fresh(old, now) + 1, now));
    }

    public void succeeded(String user) {
        byUser.remove(key(user));
    }

    private int fresh(Failures f, Instant now) {
        return f.last().plus(MEMORY).isBefore(now) ? 0 : f.count();
    }

    private Duration remaining(Failures f, int free) {
        if (f == null || f.count() < free) {
            return Duration.ZERO;
        }
        Instant now = clock.instant();
        if (f.last().plus(MEMORY).isBefore(now)) {
            return Duration.ZERO;
        }
        int over = f.count() - free;
        Duration wait = over >= 10 ? MAX_WAIT : Duration.ofSeconds(1L << over);
        if (wait.compareTo(MAX_WAIT) > 0) {
            wait = MAX_WAIT;
        }
        Duration left = Duration.between(now, f.last().plus(wait));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static String key(String s) {
        return s == null ? "" : s.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
