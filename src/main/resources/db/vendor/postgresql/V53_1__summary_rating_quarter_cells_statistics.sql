-- PostgreSQL only (issue 10), as V24_1: statistics for the tables V53 filled, at once.
analyze summary_rating_mission_quarter_cells;
analyze summary_rating_team_quarter_cells;
analyze summary_rating_site_quarter_cells;
