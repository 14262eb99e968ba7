-- PostgreSQL only (issue 10), as V24_1: statistics for the table V34 filled, at once.
analyze summary_attendance_mission_month;
