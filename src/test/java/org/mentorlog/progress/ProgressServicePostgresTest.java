package org.mentorlog.progress;

import org.junit.jupiter.api.BeforeAll;
import org.mentorlog.IntegrationTest;
import org.mentorlog.PostgresSchema;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The team overview and a mentee's progress, on PostgreSQL: their SQL is written by hand. */
@IntegrationTest
class ProgressServicePostgresTest extends ProgressServiceTest {

    private static final String SCHEMA = "progress_test";

    @BeforeAll
    static void freshSchema() {
        PostgresSchema.recreate(SCHEMA);
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresSchema.use(SCHEMA, registry);
    }
}
