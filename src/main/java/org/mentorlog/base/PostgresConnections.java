package org.mentorlog.base;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, every pooled connection runs without the JIT compiler and plans each statement for its
 * values. The summary's queries are estimated as expensive enough for JIT, which then spends longer
 * compiling than the query runs: measured on 100,000 sessions, 0.7 s of JIT in a 1.9 s attendance query,
 * which takes 0.57 s without it. And after five runs of a prepared statement the driver's server-side plan
 * becomes a generic one, made without the period's dates: five years of the read model were then read
 * through an index instead of scanned, 321 ms instead of 139 ms for the attendance pass
 * ({@code docs/benchmarks.md}). Planning afresh costs well under a millisecond. And reading a row found
 * through an index is costed as a page read from solid-state storage or memory, not a seek of a spinning
 * disk ({@code random_page_cost} 1.1 instead of 4): the read model lies on disk in date order, yet at
 * 1,000,000 sessions PostgreSQL scanned all of it for one year of ratings, 0.7 s instead of 0.3 s through
 * the date index. And no statement starts parallel workers ({@code max_parallel_workers_per_gather} 0): a
 * summary already runs its competency pass on a second connection beside the other passes
 * ({@code summary.SummaryCalculator}), so on two cores the workers only made six processes share them;
 * without them five-year summaries at 100,000 sessions took 6–24 % less time. A database server with many
 * cores may want them back: {@code spring.datasource.hikari.connection-init-sql}, when set, replaces all of
 * these settings. H2's cache is set by {@link H2Cache}.
 */
@Component
class PostgresConnections implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:") && pool.getConnectionInitSql() == null) {
            pool.setConnectionInitSql("set jit = off; set plan_cache_mode = force_custom_plan; set random_page_cost = 1.1;"
                    + " set max_parallel_workers_per_gather = 0");
        }
        return bean;
    }
}
