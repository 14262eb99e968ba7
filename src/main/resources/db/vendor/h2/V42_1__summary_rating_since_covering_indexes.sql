-- H2 only (issue 10), as V39_1: the date indexes of the entries hold every column the competency pass reads, so
-- H2 answers it from the index alone.

drop index summary_rating_mission_since_month_date;
create index summary_rating_mission_since_month_date on summary_rating_mission_since_month (earlier, mission_id,
    agency, topic_id, sex, trainees, delta);

drop index summary_rating_mission_since_month_all_agencies_date;
create index summary_rating_mission_since_month_all_agencies_date on summary_rating_mission_since_month_all_agencies
    (earlier, mission_id, topic_id, sex, trainees, delta);

drop index summary_rating_mission_since_year_date;
create index summary_rating_mission_since_year_date on summary_rating_mission_since_year (earlier, mission_id, agency,
    topic_id, sex, trainees, delta);

drop index summary_rating_mission_since_year_all_agencies_date;
create index summary_rating_mission_since_year_all_agencies_date on summary_rating_mission_since_year_all_agencies
    (earlier, mission_id, topic_id, sex, trainees, delta);

drop index summary_rating_team_since_month_date;
create index summary_rating_team_since_month_date on summary_rating_team_since_month (earlier, team_id, mission_id,
    agency, topic_id, sex, trainees, delta);

drop index summary_rating_team_since_month_all_agencies_date;
create index summary_rating_team_since_month_all_agencies_date on summary_rating_team_since_month_all_agencies
    (earlier, team_id, mission_id, topic_id, sex, trainees, delta);

drop index summary_rating_team_since_year_date;
create index summary_rating_team_since_year_date on summary_rating_team_since_year (earlier, team_id, mission_id,
    agency, topic_id, sex, trainees, delta);

drop index summary_rating_team_since_year_all_agencies_date;
create index summary_rating_team_since_year_all_agencies_date on summary_rating_team_since_year_all_agencies (earlier,
    team_id, mission_id, topic_id, sex, trainees, delta);

drop index summary_rating_site_since_month_date;
create index summary_rating_site_since_month_date on summary_rating_site_since_month (earlier, site_id, team_id,
    mission_id, agency, topic_id, sex, trainees, delta);

drop index summary_rating_site_since_month_all_agencies_date;
create index summary_rating_site_since_month_all_agencies_date on summary_rating_site_since_month_all_agencies
    (earlier, site_id, team_id, mission_id, topic_id, sex, trainees, delta);

drop index summary_rating_site_since_year_date;
create index summary_rating_site_since_year_date on summary_rating_site_since_year (earlier, site_id, team_id,
    mission_id, agency, topic_id, sex, trainees, delta);

drop index summary_rating_site_since_year_all_agencies_date;
create index summary_rating_site_since_year_all_agencies_date on summary_rating_site_since_year_all_agencies (earlier,
    site_id, team_id, mission_id, topic_id, sex, trainees, delta);
