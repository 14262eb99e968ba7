-- PostgreSQL only (issue 10), as V41_1: statistics for the table V55 filled, at once.
analyze summary_observation_agency_month;
