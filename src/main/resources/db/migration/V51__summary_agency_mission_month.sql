-- The read model gains the sessions and the observations by attendee agency summed by mission and month (issue 10):
-- the sums by site (V40) and by team (V41) summed over the mission's sites and teams. The sessions and observations
-- families of a whole mission's summary by agency, or of one agency, without a breakdown by team or site, read their
-- whole months from these rows (five years at 100,000 sessions: about 21,000 sums by site and 75,000 by team, read
-- for the cells and again for the total, instead of a few hundred and a few thousand).
--
-- Derived data only, from the sums by site and team: the model does not have to be built again.
create table summary_session_agency_mission_month (
    mission_id             bigint       not null,
    month_start            date         not null,
    agency                 varchar(20)  not null,
    first_agency           integer      not null,
    sessions               integer      not null,
    minutes                integer      not null,
    with_purpose           integer      not null,
    with_gender_content    integer      not null,
    primary key (mission_id, month_start, agency, first_agency)
);

insert into summary_session_agency_mission_month (mission_id, month_start, agency, first_agency, sessions, minutes,
                                                  with_purpose, with_gender_content)
select mission_id, month_start, agency, first_agency, sum(sessions), sum(minutes), sum(with_purpose),
       sum(with_gender_content)
from summary_session_agency_month
group by mission_id, month_start, agency, first_agency
order by mission_id, month_start;

create table summary_observation_agency_mission_month (
    mission_id             bigint       not null,
    month_start            date         not null,
    agency                 varchar(20)  not null,
    first_agency           integer      not null,
    mowip_area_id          bigint,
    polarity               varchar(12),
    observations           integer      not null,
    transformative         integer      not null
);

insert into summary_observation_agency_mission_month (mission_id, month_start, agency, first_agency, mowip_area_id,
                                                      polarity, observations, transformative)
select mission_id, month_start, agency, first_agency, mowip_area_id, polarity, sum(observations), sum(transformative)
from summary_observation_agency_month
group by mission_id, month_start, agency, first_agency, mowip_area_id, polarity
order by mission_id, month_start;

create index summary_observation_agency_mission_month_date on summary_observation_agency_mission_month (mission_id,
    month_start);
