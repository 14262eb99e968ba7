package org.mentorlog.session;

import org.mentorlog.IntegrationTest;
import org.mentorlog.OnPostgres;

/** The tablet sync rules again, on PostgreSQL: client ids, versions and the audit trail as a deployment has them. */
@IntegrationTest
@OnPostgres("tablet_sync_test")
class TabletSyncPostgresTest extends TabletSyncTest {
}
