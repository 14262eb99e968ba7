-- H2 only (issue 10), as V30_1: the date indexes of the attendance sums by site hold every column the attendance
-- pass reads, so H2 answers it from the indexes alone.
drop index summary_attendance_site_month_sums_date;
create index summary_attendance_site_month_sums_date on summary_attendance_site_month_sums (month_start, site_id,
    mission_id, team_id, agency, sex, entries, sessions, minutes, authority, followed, later, followed_later);

drop index summary_attendance_site_year_sums_date;
create index summary_attendance_site_year_sums_date on summary_attendance_site_year_sums (year_start, site_id,
    mission_id, team_id, agency, sex, entries, sessions, minutes, authority, followed, later, followed_later);
