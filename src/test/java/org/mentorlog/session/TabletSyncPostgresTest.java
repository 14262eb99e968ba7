package org.mentorlog.session;

import org.junit.jupiter.api.BeforeAll;
import org.mentorlog.IntegrationTest;
import org.mentorlog.PostgresSchema;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The tablet sync rules again, on PostgreSQL: client ids, versions and the audit trail as a deployment has them. */
@IntegrationTest
class TabletSyncPostgresTest extends TabletSyncTest {

    private static final String SCHEMA = "tablet_sync_test";

    @BeforeAll
    static void freshSchema() {
        PostgresSchema.recreate(SCHEMA);
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresSchema.use(SCHEMA, registry);
    }
}
