-- H2 only (issue 10), as V14_1: the observations' date index holds every column the observations family
-- reads, so H2 answers it from the index alone instead of looking each row up by its id.
drop index summary_observation_date;
create index summary_observation_date on summary_observation (session_date, team_id, mission_id, site_id,
    mowip_area_id, polarity, transformative, session_id);
