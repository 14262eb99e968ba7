-- H2 only (issue 10), as V32_1: indexes holding every column the competency pass reads of the cells by quarter
-- within each run (V53), led by what a summary picks them by, so that H2 answers a period's quarters from the
-- index alone.
create index summary_rating_mission_quarter_cells_all on summary_rating_mission_quarter_cells (mission_id,
    quarter_start, agency, topic_id, sex, trainees, delta);
create index summary_rating_team_quarter_cells_all on summary_rating_team_quarter_cells (team_id, quarter_start,
    agency, topic_id, sex, trainees, delta);
create index summary_rating_site_quarter_cells_all on summary_rating_site_quarter_cells (site_id, quarter_start,
    mission_id, team_id, agency, topic_id, sex, trainees, delta);
