-- PostgreSQL only (issue 10), as V25_1: statistics for the tables V38 filled, at once.
analyze summary_attendance_site_month;
analyze summary_attendance_site_year;
