-- Issue 10: the observations summed by month and attendee agency (V41, V54) are kept by site instead of by team, as
-- the sessions' are (V40). A summary by site, or of some sites, for one agency or several then reads its whole
-- months from these sums; until now it tested every observation of the period for an attendee of the agencies (ten
-- years by site for the police and the national guard at 1,000,000 sessions on PostgreSQL: 871 ms of 1,275 ms).
-- Teams read three times as many rows, each team's sites' rows.
--
-- Derived data only, from the observation rows and the rows of each session and agency: the model does not have to be
-- built again (where V54 marked it unbuilt, the rebuild derives these rows again).
drop table summary_observation_agency_month;
create table summary_observation_agency_month (
    mission_id             bigint       not null,
    team_id                bigint       not null,
    site_id                bigint       not null,
    month_start            date         not null,
    agency                 varchar(20)  not null,
    earlier_agencies       integer      not null,
    mowip_area_id          bigint,
    polarity               varchar(12),
    observations           integer      not null,
    transformative         integer      not null
);

insert into summary_observation_agency_month (mission_id, team_id, site_id, month_start, agency, earlier_agencies,
                                              mowip_area_id, polarity, observations, transformative)
select min(o.mission_id), min(o.team_id), o.site_id, o.month_start, a.agency, a.earlier_agencies, o.mowip_area_id,
       o.polarity, count(*), sum(o.transformative)
from summary_observation o join summary_session_agency a on a.session_id = o.session_id
group by o.site_id, o.month_start, a.agency, a.earlier_agencies, o.mowip_area_id, o.polarity
order by o.month_start, o.site_id;

create index summary_observation_agency_month_date on summary_observation_agency_month (month_start, team_id);
