-- PostgreSQL only (issue 10), as V30_1: statistics for the tables V44 filled, at once.
analyze summary_attendance_site_month_sums;
analyze summary_attendance_site_year_sums;
