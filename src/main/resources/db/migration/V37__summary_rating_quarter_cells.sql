-- Issue 10: the read model gains competency progress by mission and quarter, as V32 keeps it by month: per
-- mission, quarter, competency and sex, the ratings whose previous one within the mission lies in their quarter,
-- how many of them are a trainee's second there (she was rated twice or more on it within the quarter), and
-- their summed change of level. A whole quarter's cell of a summary by quarter counts exactly those, whatever
-- the period around it, so a whole mission's summary by quarter reads its whole quarters' cells from these rows
-- instead of every rating of the period (ten years at 1,000,000 sessions: 15.7 million).
--
-- Each rating adds to its row on its own, so a change adds its trainees' part (summary.SummaryFacts). Derived
-- data only, from the rating rows: the model does not have to be built again.
create table summary_rating_quarter_cells (
    mission_id    bigint       not null,
    quarter_start date         not null,
    topic_id      bigint       not null,
    sex           varchar(12)  not null,
    ratings       integer      not null,
    trainees      integer      not null,
    delta         integer      not null,
    primary key (mission_id, quarter_start, topic_id, sex)
);

insert into summary_rating_quarter_cells (mission_id, quarter_start, topic_id, sex, ratings, trainees, delta)
select mission_id, quarter_start, topic_id, sex, count(*),
       sum(case when prev2_mission is null or prev2_mission < quarter_start then 1 else 0 end),
       coalesce(sum(delta_mission), 0)
from summary_rating
where prev_mission >= quarter_start
group by mission_id, quarter_start, topic_id, sex
order by mission_id, quarter_start;
