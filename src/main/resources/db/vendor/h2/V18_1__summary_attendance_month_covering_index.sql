-- H2 only (issue 10), as V14_2: the monthly attendance's date index holds every column the attendance
-- pass reads, so H2 answers it from the index alone.
drop index summary_attendance_month_date;
create index summary_attendance_month_date on summary_attendance_month (month_start, team_id, mission_id,
    quarter_start, year_start, agency, sex, sessions, minutes, authority, followed_up, prev_mission,
    prev_followed_mission, prev_team, prev_followed_team, trainee_id);
