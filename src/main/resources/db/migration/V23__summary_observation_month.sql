-- The read model's observations carry the first day of their session's month (issue 10). By period their
-- family groups them by month, formatting each month's key once, instead of grouping them by day first
-- (ten years by month at 100,000 sessions on PostgreSQL, psql: 40-47 ms by day, 16 ms by month).
--
-- Derived data only, from the rows as they are: the model does not have to be built again. The table is
-- made anew rather than updated, so that PostgreSQL keeps no dead rows of it.
create table summary_observation_next (
    observation_id         bigint       primary key,
    session_id             bigint       not null,
    mission_id             bigint       not null,
    team_id                bigint       not null,
    site_id                bigint       not null,
    session_date           date         not null,
    month_start            date         not null,
    mowip_area_id          bigint,
    polarity               varchar(12),
    transformative         integer      not null
);

insert into summary_observation_next (observation_id, session_id, mission_id, team_id, site_id, session_date,
                                      month_start, mowip_area_id, polarity, transformative)
select observation_id, session_id, mission_id, team_id, site_id, session_date,
       cast(date_trunc('month', session_date) as date), mowip_area_id, polarity, transformative
from summary_observation
order by session_date, observation_id;

drop table summary_observation;
alter table summary_observation_next rename to summary_observation;
create index summary_observation_date on summary_observation (session_date, team_id);
create index summary_observation_session on summary_observation (session_id);
