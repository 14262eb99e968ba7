-- H2 only (issue 10), as V18_1: the yearly attendance's date index holds every column the attendance pass
-- reads, so H2 answers it from the index alone.
drop index summary_attendance_year_date;
create index summary_attendance_year_date on summary_attendance_year (year_start, team_id, mission_id, agency, sex,
    sessions, minutes, authority, followed_up, prev_mission, prev_followed_mission, prev_team, prev_followed_team,
    trainee_id);
