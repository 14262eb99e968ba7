-- H2 only (issue 10). A period that starts within a month corrects what both sides of the next month count from
-- the rows of its days before the next month: their next rows (V47) and next ratings (V46). The covering date
-- indexes of V14_2 now hold those columns too, so the corrections read the index alone, like the other passes,
-- instead of one more lookup per row.
drop index summary_attendance_date;
create index summary_attendance_date on summary_attendance (session_date, team_id, mission_id, month_start,
    quarter_start, year_start, site_id, agency, sex, minutes, authority, followed_up, prev_mission,
    prev_followed_mission, prev_team, prev_followed_team, next_mission, next_followed_mission, next_team,
    next_followed_team);

drop index summary_rating_date;
create index summary_rating_date on summary_rating (session_date, team_id, mission_id, month_start, quarter_start,
    year_start, site_id, agency, topic_id, sex, prev_mission, prev2_mission, delta_mission, prev_team, prev2_team,
    delta_team, next_mission, next2_mission, next_delta_mission, next_team, next2_team, next_delta_team);
