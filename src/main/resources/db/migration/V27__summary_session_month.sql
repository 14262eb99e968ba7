-- The read model gains its counted sessions summed by site and month (issue 10): the sessions, minutes,
-- sessions with a purpose and with gender content, and the unregistered head-counts (and their minutes) of
-- summary_session (V22). Every figure of the sessions family is a sum over sessions, so a summary's whole
-- months read these rows (ten years: about 7,000 instead of 100,000 at 100,000 sessions) and only an
-- unfinished last month the sessions' rows, wherever no agency is selected or broken down by.
--
-- Derived data only, from the sessions' rows: the model does not have to be built again.
create table summary_session_month (
    mission_id                  bigint       not null,
    team_id                     bigint       not null,
    site_id                     bigint       not null,
    month_start                 date         not null,
    sessions                    integer      not null,
    minutes                     integer      not null,
    with_purpose                integer      not null,
    with_gender_content         integer      not null,
    unregistered_women          integer      not null,
    unregistered_men            integer      not null,
    unregistered_unknown        integer      not null,
    unregistered_women_minutes  integer      not null,
    unregistered_men_minutes    integer      not null,
    primary key (site_id, month_start)
);

insert into summary_session_month (mission_id, team_id, site_id, month_start, sessions, minutes, with_purpose,
                                   with_gender_content, unregistered_women, unregistered_men, unregistered_unknown,
                                   unregistered_women_minutes, unregistered_men_minutes)
select min(mission_id), min(team_id), site_id, month_start, count(*), sum(minutes), sum(with_purpose),
       sum(with_gender_content), sum(unregistered_women), sum(unregistered_men), sum(unregistered_unknown),
       sum(unregistered_women * minutes), sum(unregistered_men * minutes)
from summary_session
group by site_id, month_start
order by month_start, site_id;

create index summary_session_month_date on summary_session_month (month_start, team_id);
