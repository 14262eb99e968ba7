-- H2 only (issue 10). A summary of a whole mission picks the read model's per-trainee rows by their
-- mission (summary.SummaryScope#factsInScope): one comparison per row instead of one per team. The
-- covering date indexes of V14_1 now hold the mission too, so those rows are still read from the index
-- alone.
drop index summary_attendance_date;
create index summary_attendance_date on summary_attendance (session_date, team_id, mission_id, month_start,
    quarter_start, year_start, site_id, agency, sex, minutes, authority, followed_up, prev_mission,
    prev_followed_mission, prev_team, prev_followed_team);

drop index summary_rating_date;
create index summary_rating_date on summary_rating (session_date, team_id, mission_id, month_start, quarter_start,
    year_start, site_id, agency, topic_id, sex, prev_mission, prev2_mission, delta_mission, prev_team, prev2_team,
    delta_team);
