-- Issue 10: the read model gains the observations summed by team, month, attendee agency (each observation once
-- for every agency of its session's attendees, V16), whether that agency is the session's first, MOWIP area and
-- polarity: the observations and the transformative ones. The observations family of a summary by agency, or of
-- one agency, counts an observation once per agency (or once, by its session's first agency, for a total), so
-- its whole months read these sums instead of joining every observation of the period to its session's agencies,
-- wherever no site is selected or broken down by, as V30 serves summaries without agencies.
--
-- Derived data only, from the observations' rows and those of each session and agency: the model does not have
-- to be built again.
create table summary_observation_agency_month (
    mission_id             bigint       not null,
    team_id                bigint       not null,
    month_start            date         not null,
    agency                 varchar(20)  not null,
    first_agency           integer      not null,
    mowip_area_id          bigint,
    polarity               varchar(12),
    observations           integer      not null,
    transformative         integer      not null
);

insert into summary_observation_agency_month (mission_id, team_id, month_start, agency, first_agency, mowip_area_id,
                                              polarity, observations, transformative)
select min(o.mission_id), o.team_id, o.month_start, a.agency, a.first_agency, o.mowip_area_id, o.polarity, count(*),
       sum(o.transformative)
from summary_observation o join summary_session_agency a on a.session_id = o.session_id
group by o.team_id, o.month_start, a.agency, a.first_agency, o.mowip_area_id, o.polarity
order by o.month_start, o.team_id;

create index summary_observation_agency_month_date on summary_observation_agency_month (month_start, team_id);
