-- H2 only (issue 10), as V17_1, which V23 dropped with the table it made anew: the observations' date index
-- holds every column the observations family reads, so H2 answers it from the index alone.
drop index summary_observation_date;
create index summary_observation_date on summary_observation (session_date, team_id, mission_id, site_id,
    month_start, mowip_area_id, polarity, transformative, session_id);
