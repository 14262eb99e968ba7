-- PostgreSQL only (issue 10), as V24_1: statistics for the tables V29 filled, at once.
analyze summary_rating_year_all_agencies;
analyze summary_rating_later_year_all_agencies;
analyze summary_rating_month_all_agencies;
analyze summary_rating_mission_year_all_agencies;
analyze summary_rating_mission_later_year_all_agencies;
