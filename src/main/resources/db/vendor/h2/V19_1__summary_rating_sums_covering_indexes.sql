-- H2 only (issue 10), as V14_2: the rating sums' date indexes hold every column the competency pass reads,
-- so H2 answers it from the index alone.
drop index summary_rating_year_date;
create index summary_rating_year_date on summary_rating_year (year_start, team_id, mission_id, agency, topic_id,
    sex, prev_mission, prev2_mission, delta_mission, prev_team, prev2_team, delta_team, ratings);

drop index summary_rating_month_date;
create index summary_rating_month_date on summary_rating_month (month_start, team_id, mission_id, agency, topic_id,
    sex, prev_mission, prev2_mission, delta_mission, prev_team, prev2_team, delta_team, ratings);
