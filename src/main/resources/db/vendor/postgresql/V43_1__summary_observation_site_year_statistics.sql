-- PostgreSQL only (issue 10), as V30_1: statistics for the table V43 filled, at once.
analyze summary_observation_site_year;
