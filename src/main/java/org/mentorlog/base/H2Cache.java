package org.mentorlog.base;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On H2, the database's page cache is a quarter of the heap. H2 keeps its cache in the application's heap
 * and holds 16 MB of pages by default, whatever the heap; a five-year summary reads well over that of the
 * read model, so every summary read its pages from the file and decoded them again. With the README's
 * 1 GB of heap and a 256 MB cache, five-year summaries at 100,000 sessions took 1.3–1.7 times less, and
 * their exports 1.8–2.7 s instead of 2.9 s ({@code docs/benchmarks.md}). The cache fills only as pages
 * are read.
 * A {@code CACHE_SIZE} in the database URL is kept as it is; PostgreSQL has its own cache in the server.
 */
@Component
class H2Cache implements BeanPostProcessor {

    /** H2's own default, in KB: a smaller heap does not shrink the cache below it. */
    static final long SMALLEST_KB = 16 * 1024;

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:h2:")
                && !pool.getJdbcUrl().toUpperCase(Locale.ROOT).contains(";CACHE_SIZE=")) {
            pool.setJdbcUrl(pool.getJdbcUrl() + ";CACHE_SIZE=" + cacheKb(Runtime.getRuntime().maxMemory()));
        }
        return bean;
    }

    /** A quarter of the heap, in KB as H2 counts its cache (an int). */
    static long cacheKb(long maxHeapBytes) {
        return Math.clamp(maxHeapBytes / 4 / 1024, SMALLEST_KB, Integer.MAX_VALUE);
    }
}
