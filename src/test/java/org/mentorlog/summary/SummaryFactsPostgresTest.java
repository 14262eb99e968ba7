package org.mentorlog.summary;

import org.junit.jupiter.api.BeforeAll;
import org.mentorlog.IntegrationTest;
import org.mentorlog.PostgresSchema;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The read model against the base tables again, on PostgreSQL. */
@IntegrationTest
class SummaryFactsPostgresTest extends SummaryFactsTest {

    private static final String SCHEMA = "summary_facts_test";

    @BeforeAll
    static void freshSchema() {
        PostgresSchema.recreate(SCHEMA);
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresSchema.use(SCHEMA, registry);
    }
}
