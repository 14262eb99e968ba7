-- Issue 10: the read model gains the rows of each session and attendee agency (V16, V21) summed by site, month,
-- agency and whether the agency is the session's first: the sessions, minutes, and sessions with a purpose and
-- with gender content. The sessions family of a summary by agency, or of one agency, sums those rows (of the
-- agency, or the first agency's for a total), so its whole months read these sums instead (five years by agency
-- at 1,000,000 sessions: about 1.5 million rows of sessions and agencies), as V27 serves summaries without
-- agencies.
--
-- Derived data only, from the rows of each session and agency: the model does not have to be built again.
create table summary_session_agency_month (
    mission_id             bigint       not null,
    team_id                bigint       not null,
    site_id                bigint       not null,
    month_start            date         not null,
    agency                 varchar(20)  not null,
    first_agency           integer      not null,
    sessions               integer      not null,
    minutes                integer      not null,
    with_purpose           integer      not null,
    with_gender_content    integer      not null,
    primary key (site_id, month_start, agency, first_agency)
);

insert into summary_session_agency_month (mission_id, team_id, site_id, month_start, agency, first_agency, sessions,
                                          minutes, with_purpose, with_gender_content)
select min(mission_id), min(team_id), site_id, month_start, agency, first_agency, count(*), sum(minutes),
       sum(with_purpose), sum(with_gender_content)
from (select a.*, cast(date_trunc('month', a.session_date) as date) as month_start from summary_session_agency a) a
group by site_id, month_start, agency, first_agency
order by month_start, site_id;

create index summary_session_agency_month_date on summary_session_agency_month (month_start, site_id);
