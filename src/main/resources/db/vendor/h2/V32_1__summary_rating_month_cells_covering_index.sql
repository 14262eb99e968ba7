-- H2 only (issue 10), as V30_1: an index holding every column of the competency cells by month, so that H2
-- answers a period's months from the index alone.
create index summary_rating_month_cells_all on summary_rating_month_cells (mission_id, month_start, topic_id,
    sex, trainees, delta);
