-- The read model gains its counted sessions (issue 10): one narrow row per submitted or reviewed session
-- with its mission, team, site, date (and the first day of its month) and length, whether it states a purpose and gender content, and its
-- unregistered head-counts. The sessions family reads these rows by date range instead of the sessions
-- themselves, whose rows carry every text of the log (ten years by month at 100,000 sessions on
-- PostgreSQL: 52-56 ms from the sessions, 22 ms from these rows).
--
-- Derived data only, from the sessions as org.mentorlog.summary.SummaryFacts derives it (the statuses that
-- count are summary.SummaryScope#COUNTED): the model does not have to be built again.
create table summary_session (
    session_id             bigint       primary key,
    mission_id             bigint       not null,
    team_id                bigint       not null,
    site_id                bigint       not null,
    session_date           date         not null,
    month_start            date         not null,
    minutes                integer      not null,
    with_purpose           integer      not null,
    with_gender_content    integer      not null,
    unregistered_women     integer      not null,
    unregistered_men       integer      not null,
    unregistered_unknown   integer      not null
);

insert into summary_session (session_id, mission_id, team_id, site_id, session_date, month_start, minutes,
                             with_purpose, with_gender_content, unregistered_women, unregistered_men,
                             unregistered_unknown)
select s.id, tm.mission_id, s.team_id, s.site_id, s.session_date, cast(date_trunc('month', s.session_date) as date),
       s.duration_minutes,
       case when s.purpose is not null and trim(s.purpose) <> '' then 1 else 0 end,
       case when s.gender_content then 1 else 0 end,
       s.unregistered_women, s.unregistered_men, s.unregistered_unknown
from training_session s join team tm on tm.id = s.team_id
where s.status in ('SUBMITTED', 'REVIEWED')
order by s.session_date, s.id;

create index summary_session_date on summary_session (session_date, team_id);
