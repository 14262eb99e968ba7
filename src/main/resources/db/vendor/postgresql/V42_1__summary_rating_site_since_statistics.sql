-- PostgreSQL only (issue 10), as V39_1: statistics for the tables V42 filled, at once.
analyze summary_rating_site_since_month;
analyze summary_rating_site_since_year;
analyze summary_rating_site_since_month_all_agencies;
analyze summary_rating_site_since_year_all_agencies;
