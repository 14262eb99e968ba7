-- H2 only (issue 10), as V22_1: the monthly session sums' date index holds every column the sessions family
-- reads, so H2 answers it from the index alone.
drop index summary_session_month_date;
create index summary_session_month_date on summary_session_month (month_start, team_id, mission_id, site_id,
    sessions, minutes, with_purpose, with_gender_content, unregistered_women, unregistered_men,
    unregistered_unknown, unregistered_women_minutes, unregistered_men_minutes);
