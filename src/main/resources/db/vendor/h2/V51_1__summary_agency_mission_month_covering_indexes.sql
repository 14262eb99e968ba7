-- H2 only (issue 10), as V40_1 and V41_1: the mission's monthly sums by agency have an index that holds every
-- column the sessions and observations families read, so H2 answers them from the index alone.
create index summary_session_agency_mission_month_date on summary_session_agency_mission_month (mission_id,
    month_start, agency, first_agency, sessions, minutes, with_purpose, with_gender_content);
drop index summary_observation_agency_mission_month_date;
create index summary_observation_agency_mission_month_date on summary_observation_agency_mission_month (mission_id,
    month_start, agency, first_agency, mowip_area_id, polarity, observations, transformative);
