-- The read model gains its observations summed by mission, month, MOWIP area and polarity (issue 10): the
-- monthly sums by team (V30) summed over the mission's teams. A whole mission's summary without a breakdown by
-- team reads its whole months from these rows (ten years at 1,000,000 sessions: a few thousand instead of
-- hundreds of thousands of sums by team).
--
-- Derived data only, from the monthly sums by team: the model does not have to be built again.
create table summary_observation_mission_month (
    mission_id             bigint       not null,
    month_start            date         not null,
    mowip_area_id          bigint,
    polarity               varchar(12),
    observations           integer      not null,
    transformative         integer      not null
);

insert into summary_observation_mission_month (mission_id, month_start, mowip_area_id, polarity, observations,
                                               transformative)
select mission_id, month_start, mowip_area_id, polarity, sum(observations), sum(transformative)
from summary_observation_month
group by mission_id, month_start, mowip_area_id, polarity
order by mission_id, month_start;

create index summary_observation_mission_month_date on summary_observation_mission_month (mission_id, month_start);
