package org.minzheng.notification.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SmsRetryPolicyTests {

    final RetryPolicy policy = RetryPolicy.STANDARD;

    @Test
    void waitsThirtySecondsAfterTheFirstFailureAndDoublesAfterEachFurtherOne() {
        assertThat(policy.pauseAfter(1)).contains(Duration.ofSeconds(30));
        assertThat(policy.pauseAfter(2)).contains(Duration.ofSeconds(60));
        assertThat(policy.pauseAfter(3)).contains(Duration.ofMinutes(2));
        assertThat(policy.pauseAfter(7)).contains(Duration.ofMinutes(32));
    }

    @Test
    void neverWaitsMoreThanAnHour() {
        assertThat(policy.pauseAfter(8)).contains(Duration.ofHours(1));
        assertThat(policy.pauseAfter(9)).contains(Duration.ofHours(1));
        assertThat(new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 1000).pauseAfter(500))
                .contains(Duration.ofHours(1));
    }

    @Test
    void givesUpAfterTheTenthFailure() {
        assertThat(policy.pauseAfter(10)).isEmpty();
        assertThat(policy.pauseAfter(11)).isEmpty();
    }
}
