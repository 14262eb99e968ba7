package org.mentorlog.summary;

import org.mentorlog.IntegrationTest;
import org.mentorlog.OnPostgres;

/** The read model kept in step by the services again, on PostgreSQL. */
@IntegrationTest
@OnPostgres("summary_facts_write_test")
class SummaryFactsWritePathPostgresTest extends SummaryFactsWritePathTest {
}
