package vn.hatinh.consolidator.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2024-03-01T08:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aFewMistakesCostNothingThenEachFailureDoublesTheWait() {
        MovingClock clock = new MovingClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_USER - 1; i++) {
            throttle.failed("An", "10.0.0.1");
            assertThat(throttle.waitBefore("An", "10.0.0.1")).isZero();
        }
        throttle.failed("an", "10.0.0.1");
        assertThat(throttle.waitBefore("AN", "10.0.0.2")).isEqualTo(Duration.ofSeconds(1));
        throttle.failed("an", "10.0.0.1");
        assertThat(throttle.waitBefore("an", "10.0.0.2")).isEqualTo(Duration.ofSeconds(2));
        throttle.failed("an", "10.0.0.1");
        assertThat(throttle.waitBefore("an", "10.0.0.2")).isEqualTo(Duration.ofSeconds(4));
        clock.now = clock.now.plusSeconds(3);
        assertThat(throttle.waitBefore("an", "10.0.0.2")).isEqualTo(Duration.ofSeconds(1));
        clock.now = clock.now.plusSeconds(1);
        assertThat(throttle.waitBefore("an", "10.0.0.2")).isZero();
        assertThat(throttle.waitBefore("binh", "10.0.0.2")).isZero();
    }

    @Test
    void manyUserNamesFromOneAddressAreSlowedTooAndTheWaitIsCapped() {
        MovingClock clock = new MovingClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            throttle.failed("user" + i, "10.0.0.9");
        }
        assertThat(throttle.waitBefore("someone-new", "10.0.0.9")).isEqualTo(Duration.ofSeconds(1));
        for (int i = 0; i < 40; i++) {
            throttle.failed("x", "10.0.0.9");
        }
        assertThat(throttle.waitBefore("someone-new", "10.0.0.9")).isEqualTo(LoginThrottle.MAX_WAIT);
        clock.now = clock.now.plus(LoginThrottle.MEMORY).plusSeconds(1);
        assertThat(throttle.waitBefore("someone-new", "10.0.0.9")).isZero();
    }

    @Test
    void aSuccessClearsTheUserNamesCount() {
        LoginThrottle throttle = new LoginThrottle(new MovingClock());
        for (int i = 0; i < 5; i++) {
            throttle.failed("an", "10.0.0.1");
        }
        throttle.succeeded("an");
        assertThat(throttle.waitBefore("an", "10.0.0.3")).isZero();
    }
}
