/**
 * Backups of a running installation: an administrator downloads a consistent copy of the H2 database
 * as an SQL script while the application serves everyone; on PostgreSQL the page explains pg_dump.
 */
package org.mentorlog.backup;
