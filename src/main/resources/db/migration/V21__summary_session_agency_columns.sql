-- The sessions' attendee agencies carry their session's columns (issue 10): its mission, team, site and
-- length, and whether it states a purpose and gender content; and, on the row of its first agency
-- (alphabetically), first_agency = 1. By agency, or for one agency, the sessions family then sums these
-- rows alone instead of joining the period's sessions to their agencies (five years by agency at 100,000
-- sessions on PostgreSQL: 211-267 ms for the join, 45-93 ms for these rows), and the total of a summary by
-- agency (every session with a registered trainee there) sums the rows of first agencies.
--
-- Derived data only, from the model's attendance rows (which carry the session's date, mission, team, site
-- and length) and the sessions themselves, as org.mentorlog.summary.SummaryFacts derives them: the model
-- does not have to be built again.
drop table summary_session_agency;
create table summary_session_agency (
    session_id             bigint       not null,
    agency                 varchar(20)  not null,
    session_date           date         not null,
    mission_id             bigint       not null,
    team_id                bigint       not null,
    site_id                bigint       not null,
    minutes                integer      not null,
    with_purpose           integer      not null,
    with_gender_content    integer      not null,
    first_agency           integer      not null,
    primary key (session_id, agency)
);

insert into summary_session_agency (session_id, agency, session_date, mission_id, team_id, site_id, minutes,
                                    with_purpose, with_gender_content, first_agency)
select a.session_id, a.agency, a.session_date, a.mission_id, a.team_id, a.site_id, a.minutes,
       case when s.purpose is not null and trim(s.purpose) <> '' then 1 else 0 end,
       case when s.gender_content then 1 else 0 end,
       case when a.agency = min(a.agency) over (partition by a.session_id) then 1 else 0 end
from (select distinct session_id, agency, session_date, mission_id, team_id, site_id, minutes
      from summary_attendance) a
join training_session s on s.id = a.session_id
order by a.session_date, a.session_id;

create index summary_session_agency_date on summary_session_agency (agency, session_date, session_id);
create index summary_session_agency_day on summary_session_agency (session_date, team_id);
