-- PostgreSQL only (issue 10), as V28_1: statistics for the tables V50 filled, at once.
analyze summary_follow_up_month;
analyze summary_follow_up_year;
