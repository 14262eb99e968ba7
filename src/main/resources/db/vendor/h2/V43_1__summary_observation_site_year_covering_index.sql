-- H2 only (issue 10), as V30_1: the date index of the observations by site and year holds every column the
-- observations family reads, so H2 answers it from the index alone.
drop index summary_observation_site_year_date;
create index summary_observation_site_year_date on summary_observation_site_year (year_start, site_id, mission_id,
    team_id, mowip_area_id, polarity, observations, transformative);
