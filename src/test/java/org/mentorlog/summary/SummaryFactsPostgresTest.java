package org.mentorlog.summary;

import org.mentorlog.IntegrationTest;
import org.mentorlog.OnPostgres;

/** The read model against the base tables again, on PostgreSQL. */
@IntegrationTest
@OnPostgres("summary_facts_test")
class SummaryFactsPostgresTest extends SummaryFactsTest {
}
