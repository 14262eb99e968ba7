-- The read model gains its observations summed by team, month, MOWIP area and polarity (issue 10): the
-- observations and the transformative ones. Every figure of the observations family is a sum over
-- observations, so a summary's whole months read these rows (ten years at 100,000 sessions: 38,000 instead
-- of 77,000) and only an unfinished last month the observations' rows, wherever no agency or site is
-- selected or broken down by. By site they would be no fewer: about one observation per site, month, area and
-- polarity.
--
-- Derived data only, from the observations' rows: the model does not have to be built again.
create table summary_observation_month (
    mission_id             bigint       not null,
    team_id                bigint       not null,
    month_start            date         not null,
    mowip_area_id          bigint,
    polarity               varchar(12),
    observations           integer      not null,
    transformative         integer      not null
);

insert into summary_observation_month (mission_id, team_id, month_start, mowip_area_id, polarity, observations,
                                       transformative)
select min(mission_id), team_id, month_start, mowip_area_id, polarity, count(*), sum(transformative)
from summary_observation
group by team_id, month_start, mowip_area_id, polarity
order by month_start, team_id;

create index summary_observation_month_date on summary_observation_month (month_start, team_id);
