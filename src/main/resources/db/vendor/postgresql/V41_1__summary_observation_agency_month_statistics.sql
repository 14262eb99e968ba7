-- PostgreSQL only (issue 10), as V30_1: statistics for the table V41 filled, at once.
analyze summary_observation_agency_month;
