-- PostgreSQL only (issue 10), as V24_1: statistics for the table V33 filled, at once.
analyze summary_observation_mission_month;
