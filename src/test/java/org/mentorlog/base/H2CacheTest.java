package org.mentorlog.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** H2's page cache, on a file database as the application runs by default (one in memory has none). */
@IntegrationTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:file:./target/h2-cache/${random.uuid};AUTO_SERVER=FALSE")
class H2CacheTest {

    private static final long MB = 1024 * 1024;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_applications_h2_database_caches_a_quarter_of_the_heap() {
        String megabytes = jdbc.sql("select setting_value from information_schema.settings"
                + " where setting_name = 'info.CACHE_MAX_SIZE'").query(String.class).single();
        assertThat(Long.parseLong(megabytes)).isEqualTo(H2Cache.cacheKb(Runtime.getRuntime().maxMemory()) / 1024)
                .isGreaterThan(16);
    }

    @Test
    void the_cache_is_a_quarter_of_the_heap_in_kb_and_never_below_h2s_default() {
        assertThat(H2Cache.cacheKb(1024 * MB)).isEqualTo(256 * 1024);
        assertThat(H2Cache.cacheKb(256 * MB)).isEqualTo(64 * 1024);
        assertThat(H2Cache.cacheKb(32 * MB)).isEqualTo(16 * 1024);
        assertThat(H2Cache.cacheKb(Long.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void a_cache_size_in_the_url_and_other_databases_are_left_alone() {
        assertThat(urlAfter("jdbc:h2:file:./data/mentorlog;AUTO_SERVER=FALSE"))
                .isEqualTo("jdbc:h2:file:./data/mentorlog;AUTO_SERVER=FALSE;CACHE_SIZE="
                        + H2Cache.cacheKb(Runtime.getRuntime().maxMemory()));
        assertThat(urlAfter("jdbc:h2:file:./data/mentorlog;cache_size=8192"))
                .isEqualTo("jdbc:h2:file:./data/mentorlog;cache_size=8192");
        assertThat(urlAfter("jdbc:postgresql://db/mentorlog")).isEqualTo("jdbc:postgresql://db/mentorlog");
    }

    private static String urlAfter(String url) {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl(url);
            new H2Cache().postProcessBeforeInitialization(pool, "dataSource");
            return pool.getJdbcUrl();
        }
    }
}
