package org.mentorlog.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    /** Logic asks this clock for "now" so that tests can pin the date. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
