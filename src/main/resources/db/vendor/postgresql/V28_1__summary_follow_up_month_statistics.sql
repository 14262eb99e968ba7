-- PostgreSQL only (issue 10), as V24_1: statistics for the table V28 filled, at once.
analyze summary_follow_up_month;
