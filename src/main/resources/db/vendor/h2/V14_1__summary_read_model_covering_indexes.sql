-- H2 only (decision 0017, addendum of 2026-12-03). H2 keeps a table's rows by an internal row id and
-- reads a row found through an index with one more lookup; PostgreSQL reads the period's rows in one
-- scan and is left as it is. The read model's date indexes now also hold every column the attendance
-- and competency passes read for a mission, a team and their periods, so H2 answers those passes
-- from the index alone: the five-year summaries at 100,000 sessions took 1.1 to 2 times less.
-- Summaries by site read the site columns from the rows, as before.
drop index summary_attendance_date;
create index summary_attendance_date on summary_attendance (session_date, team_id, month_start, quarter_start,
    year_start, site_id, agency, sex, minutes, authority, followed_up, prev_mission, prev_followed_mission,
    prev_team, prev_followed_team);

drop index summary_rating_date;
create index summary_rating_date on summary_rating (session_date, team_id, month_start, quarter_start, year_start,
    site_id, agency, topic_id, sex, prev_mission, prev2_mission, delta_mission, prev_team, prev2_team, delta_team);
