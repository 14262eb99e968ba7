-- H2 only (issue 10), as V44_1: the date indexes of the attendance sums by team hold every column the attendance
-- pass reads, so H2 answers it from the indexes alone.
drop index summary_attendance_team_month_sums_date;
create index summary_attendance_team_month_sums_date on summary_attendance_team_month_sums (month_start, team_id,
    mission_id, agency, sex, entries, sessions, minutes, authority, followed, later, followed_later);

drop index summary_attendance_team_year_sums_date;
create index summary_attendance_team_year_sums_date on summary_attendance_team_year_sums (year_start, team_id,
    mission_id, agency, sex, entries, sessions, minutes, authority, followed, later, followed_later);
