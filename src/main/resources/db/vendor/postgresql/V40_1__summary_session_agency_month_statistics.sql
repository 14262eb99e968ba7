-- PostgreSQL only (issue 10), as V27_1: statistics for the table V40 filled, at once.
analyze summary_session_agency_month;
