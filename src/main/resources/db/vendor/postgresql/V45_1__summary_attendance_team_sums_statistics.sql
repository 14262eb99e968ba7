-- PostgreSQL only (issue 10), as V30_1: statistics for the tables V45 filled, at once.
analyze summary_attendance_team_month_sums;
analyze summary_attendance_team_year_sums;
