-- H2 only (issue 10). V21 made summary_session_agency anew, without V16_1's covering index for the agency
-- filter's lookup by session; it comes back here, with the first agency's mark for the total by agency. As V17_1, the date index holds every column the sessions
-- family reads by agency, so H2 answers it from the index alone.
create index summary_session_agency_covering on summary_session_agency (session_id, agency, session_date,
    first_agency);
drop index summary_session_agency_day;
create index summary_session_agency_day on summary_session_agency (session_date, team_id, mission_id, site_id,
    agency, minutes, with_purpose, with_gender_content, first_agency);
