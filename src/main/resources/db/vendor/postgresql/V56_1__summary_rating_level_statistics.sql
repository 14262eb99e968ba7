-- PostgreSQL only (issue 10), as V41_1: statistics for the column and indexes V56 added, at once.
analyze summary_rating;
analyze summary_attendance;
