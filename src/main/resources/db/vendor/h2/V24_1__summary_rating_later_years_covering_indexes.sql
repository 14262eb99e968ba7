-- H2 only (issue 10), as V19_1 and V20_1: the later years' rating sums' date indexes hold every column the
-- competency pass reads, so H2 answers it from the index alone.
drop index summary_rating_later_year_date;
create index summary_rating_later_year_date on summary_rating_later_year (year_start, team_id, mission_id, agency,
    topic_id, sex, prev_mission, prev2_mission, delta_mission, prev_team, prev2_team, delta_team, ratings);

drop index summary_rating_mission_later_year_date;
create index summary_rating_mission_later_year_date on summary_rating_mission_later_year (year_start, mission_id,
    agency, topic_id, sex, prev_mission, prev2_mission, delta_mission, ratings);
