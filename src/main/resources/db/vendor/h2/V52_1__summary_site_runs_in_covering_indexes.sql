-- H2 only (issue 10). The passes of a summary by site, or of some sites, read the rows' previous and next dates
-- within the site (V52) wherever they read rows: the days of a period before its first whole month, and the
-- corrections of a period that starts within a month. The covering date indexes of V47_1 now hold those columns
-- too, so H2 reads the index alone instead of one more lookup per row.
drop index summary_attendance_date;
create index summary_attendance_date on summary_attendance (session_date, team_id, mission_id, month_start,
    quarter_start, year_start, site_id, agency, sex, minutes, authority, followed_up, prev_mission,
    prev_followed_mission, prev_team, prev_followed_team, prev_site, prev_followed_site, next_mission,
    next_followed_mission, next_team, next_followed_team, next_site, next_followed_site);

drop index summary_rating_date;
create index summary_rating_date on summary_rating (session_date, team_id, mission_id, month_start, quarter_start,
    year_start, site_id, agency, topic_id, sex, prev_mission, prev2_mission, delta_mission, prev_team, prev2_team,
    delta_team, prev_site, prev2_site, delta_site, next_mission, next2_mission, next_delta_mission, next_team,
    next2_team, next_delta_team, next_site, next2_site, next_delta_site);
