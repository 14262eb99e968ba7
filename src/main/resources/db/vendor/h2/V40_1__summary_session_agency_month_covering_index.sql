-- H2 only (issue 10), as V27_1: the date index of the sessions by agency and month holds every column the
-- sessions family reads, so H2 answers it from the index alone.
drop index summary_session_agency_month_date;
create index summary_session_agency_month_date on summary_session_agency_month (month_start, site_id, mission_id,
    team_id, agency, first_agency, sessions, minutes, with_purpose, with_gender_content);
