-- H2 only (issue 10), as V30_1: the mission's monthly observation sums' index holds every column the
-- observations family reads, so H2 answers it from the index alone.
drop index summary_observation_mission_month_date;
create index summary_observation_mission_month_date on summary_observation_mission_month (mission_id, month_start,
    mowip_area_id, polarity, observations, transformative);
