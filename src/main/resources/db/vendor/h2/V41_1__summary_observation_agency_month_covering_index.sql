-- H2 only (issue 10), as V30_1: the date index of the observations by agency and month holds every column the
-- observations family reads, so H2 answers it from the index alone.
drop index summary_observation_agency_month_date;
create index summary_observation_agency_month_date on summary_observation_agency_month (month_start, team_id,
    mission_id, agency, first_agency, mowip_area_id, polarity, observations, transformative);
