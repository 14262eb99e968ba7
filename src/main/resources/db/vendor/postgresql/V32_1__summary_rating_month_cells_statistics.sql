-- PostgreSQL only (issue 10), as V24_1: statistics for the table V32 filled, at once.
analyze summary_rating_month_cells;
