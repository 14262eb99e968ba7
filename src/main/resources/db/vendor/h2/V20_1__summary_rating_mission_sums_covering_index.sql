-- H2 only (issue 10), as V19_1: the mission's rating sums' date index holds every column the competency
-- pass reads, so H2 answers it from the index alone.
drop index summary_rating_mission_year_date;
create index summary_rating_mission_year_date on summary_rating_mission_year (year_start, mission_id, agency,
    topic_id, sex, prev_mission, prev2_mission, delta_mission, ratings);
