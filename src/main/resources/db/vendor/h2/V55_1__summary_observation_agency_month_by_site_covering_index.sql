-- H2 only (issue 10), as V41_1: the date index of the observations by site, agency and month (V55) holds every column
-- the observations family reads, so H2 answers it from the index alone.
drop index summary_observation_agency_month_date;
create index summary_observation_agency_month_date on summary_observation_agency_month (month_start, team_id,
    site_id, mission_id, agency, earlier_agencies, mowip_area_id, polarity, observations, transformative);
