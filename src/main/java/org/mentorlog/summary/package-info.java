/**
 * Mission-level summaries for headquarters and team leaders: indicators computed by the database,
 * then protected by disclosure control before they leave the feature.
 */
package org.mentorlog.summary;
