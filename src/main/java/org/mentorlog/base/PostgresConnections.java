package org.mentorlog.base;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, every pooled connection runs without the JIT compiler. The summary's queries are estimated
 * as expensive enough for JIT, which then spends longer compiling than the query runs: measured on 100,000
 * sessions, 0.7 s of JIT in a 1.9 s attendance query, which takes 0.57 s without it
 * ({@code docs/benchmarks.md}). H2 is left as it is.
 */
@Component
class PostgresConnections implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:") && pool.getConnectionInitSql() == null) {
            pool.setConnectionInitSql("set jit = off");
        }
        return bean;
    }
}
