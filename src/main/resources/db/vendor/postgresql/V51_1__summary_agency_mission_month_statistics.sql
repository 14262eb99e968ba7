-- PostgreSQL only (issue 10), as V24_1: statistics for the tables V51 filled, at once.
analyze summary_session_agency_mission_month;
analyze summary_observation_agency_mission_month;
