-- PostgreSQL only (issue 10), as V29_1: statistics for the tables V39 filled, at once.
analyze summary_rating_site_year;
analyze summary_rating_site_later_year;
analyze summary_rating_site_year_all_agencies;
analyze summary_rating_site_later_year_all_agencies;
