-- H2 only (issue 10), as V18_1 and V25_1: the date indexes of the attendance by site hold every column the
-- attendance pass reads, so H2 answers it from the index alone.
drop index summary_attendance_site_month_date;
create index summary_attendance_site_month_date on summary_attendance_site_month (month_start, site_id, mission_id,
    team_id, quarter_start, year_start, agency, sex, sessions, minutes, authority, followed_up, prev_mission,
    prev_followed_mission, prev_team, prev_followed_team, prev_site, prev_followed_site, trainee_id);
drop index summary_attendance_site_year_date;
create index summary_attendance_site_year_date on summary_attendance_site_year (year_start, site_id, mission_id,
    team_id, agency, sex, sessions, minutes, authority, followed_up, prev_mission, prev_followed_mission, prev_team,
    prev_followed_team, prev_site, prev_followed_site, trainee_id);
