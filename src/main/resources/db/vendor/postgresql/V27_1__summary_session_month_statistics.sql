-- PostgreSQL only (issue 10), as V24_1: statistics for the table V27 filled, at once.
analyze summary_session_month;
