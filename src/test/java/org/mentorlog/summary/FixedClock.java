package org.mentorlog.summary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Pins "today" for the summary tests, so that "overdue now" has one right answer. */
@TestConfiguration(proxyBeanMethods = false)
class FixedClock {

    static final LocalDate TODAY = LocalDate.of(2026, 4, 10);

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(Instant.parse("2026-04-10T09:00:00Z"), ZoneOffset.UTC);
    }
}
