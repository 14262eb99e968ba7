-- H2 only (issue 10), as V27_1: the monthly observation sums' date index holds every column the observations
-- family reads, so H2 answers it from the index alone.
drop index summary_observation_month_date;
create index summary_observation_month_date on summary_observation_month (month_start, team_id, mission_id,
    mowip_area_id, polarity, observations, transformative);
