package org.mentorlog.progress;

import org.mentorlog.IntegrationTest;
import org.mentorlog.OnPostgres;

/** The team overview and a mentee's progress, on PostgreSQL: their SQL is written by hand. */
@IntegrationTest
@OnPostgres("progress_test")
class ProgressServicePostgresTest extends ProgressServiceTest {
}
