-- The read model gains competency progress by mission and month (issue 10): per mission, month, competency
-- and sex, how many trainees were rated twice or more on it within the month, and their summed change of
-- level there. A whole month's cell of a summary by month counts exactly those, whatever the period around
-- it, so a whole mission's summary by month reads its whole months' cells from these rows (ten years at
-- 100,000 sessions: about 6,000 instead of 56,000 monthly rating sums, grouped for every summary).
--
-- Derived data only, from the monthly rating sums over all agencies (V29), which keep only the ratings whose
-- previous one lies in their month, the one before it named by the month if it lies in it too, else by
-- nothing: the model does not have to be built again.
create table summary_rating_month_cells (
    mission_id   bigint       not null,
    month_start  date         not null,
    topic_id     bigint       not null,
    sex          varchar(12)  not null,
    trainees     integer      not null,
    delta        integer      not null,
    primary key (mission_id, month_start, topic_id, sex)
);

insert into summary_rating_month_cells (mission_id, month_start, topic_id, sex, trainees, delta)
select mission_id, month_start, topic_id, sex,
       sum(case when prev_mission >= month_start and (prev2_mission is null or prev2_mission < month_start)
                then ratings else 0 end),
       sum(case when prev_mission >= month_start then delta_mission else 0 end)
from summary_rating_month_all_agencies
group by mission_id, month_start, topic_id, sex
order by mission_id, month_start;
