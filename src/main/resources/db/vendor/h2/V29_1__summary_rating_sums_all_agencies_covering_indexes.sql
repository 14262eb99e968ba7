-- H2 only (issue 10), as V19_1, V20_1 and V24_1: the date indexes of the rating sums over all agencies hold
-- every column the competency pass reads, so H2 answers it from the index alone.
drop index summary_rating_year_all_agencies_date;
create index summary_rating_year_all_agencies_date on summary_rating_year_all_agencies (year_start, team_id,
    mission_id, topic_id, sex, prev_mission, prev2_mission, delta_mission, prev_team, prev2_team, delta_team, ratings);

drop index summary_rating_later_year_all_agencies_date;
create index summary_rating_later_year_all_agencies_date on summary_rating_later_year_all_agencies (year_start,
    team_id, mission_id, topic_id, sex, prev_mission, prev2_mission, delta_mission, prev_team, prev2_team, delta_team,
    ratings);

drop index summary_rating_month_all_agencies_date;
create index summary_rating_month_all_agencies_date on summary_rating_month_all_agencies (month_start, team_id,
    mission_id, topic_id, sex, prev_mission, prev2_mission, delta_mission, prev_team, prev2_team, delta_team, ratings);

drop index summary_rating_mission_year_all_agencies_date;
create index summary_rating_mission_year_all_agencies_date on summary_rating_mission_year_all_agencies (year_start,
    mission_id, topic_id, sex, prev_mission, prev2_mission, delta_mission, ratings);

drop index summary_rating_mission_later_year_all_agencies_date;
create index summary_rating_mission_later_year_all_agencies_date on summary_rating_mission_later_year_all_agencies (
    year_start, mission_id, topic_id, sex, prev_mission, prev2_mission, delta_mission, ratings);
