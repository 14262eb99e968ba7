-- H2 only (issue 10), as V17_1: the sessions' date index holds every column the sessions family reads,
-- so H2 answers it from the index alone instead of looking each row up by its id.
drop index summary_session_date;
create index summary_session_date on summary_session (session_date, team_id, mission_id, site_id, month_start, minutes,
    with_purpose, with_gender_content, unregistered_women, unregistered_men, unregistered_unknown, session_id);
