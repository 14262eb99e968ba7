-- H2 only (issue 10), as V18_1: the monthly attendance sums' date index holds every column the attendance
-- pass reads, so H2 answers it from the index alone.
drop index summary_attendance_month_sums_date;
create index summary_attendance_month_sums_date on summary_attendance_month_sums (month_start, team_id, mission_id,
    agency, sex, sessions, minutes, authority, first_mission, first_team, followed_mission, followed_team);
