-- H2 only (issue 10). The rows V56 reads by site or team hold every column the fold reads, so H2 reads the index
-- alone instead of one more lookup per row.
drop index summary_rating_site;
create index summary_rating_site on summary_rating (site_id, session_date, team_id, agency, trainee_id, topic_id,
    session_id, sex, level);
drop index summary_rating_team;
create index summary_rating_team on summary_rating (team_id, session_date, site_id, agency, trainee_id, topic_id,
    session_id, sex, level);
drop index summary_attendance_site;
create index summary_attendance_site on summary_attendance (site_id, session_date, team_id, agency, trainee_id, sex,
    minutes, authority, followed_up);
drop index summary_attendance_team;
create index summary_attendance_team on summary_attendance (team_id, session_date, site_id, agency, trainee_id, sex,
    minutes, authority, followed_up);
