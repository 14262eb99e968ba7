-- The read model gains the monthly attendance summed over trainees (issue 10): one row per team, month, sex
-- and agency with the sessions, minutes and authority roles of its trainees' monthly rows (V18), and how
-- many of those rows are a trainee's first in the month within her mission and within her team, and her
-- first followed-up one. A month's cell counts exactly those, whatever the period around it, so a
-- breakdown by month reads the cells of its whole months from these rows (ten years at 100,000 sessions:
-- about 20,000 instead of 269,000) and its total as a summary without breakdown does.
--
-- Derived data only, from the monthly rows: the model does not have to be built again.
create table summary_attendance_month_sums (
    mission_id             bigint       not null,
    team_id                bigint       not null,
    month_start            date         not null,
    sex                    varchar(12)  not null,
    agency                 varchar(20)  not null,
    sessions               integer      not null,
    minutes                integer      not null,
    authority              integer      not null,
    first_mission          integer      not null,
    first_team             integer      not null,
    followed_mission       integer      not null,
    followed_team          integer      not null,
    primary key (team_id, month_start, sex, agency)
);

insert into summary_attendance_month_sums (mission_id, team_id, month_start, sex, agency, sessions, minutes,
                                           authority, first_mission, first_team, followed_mission, followed_team)
select min(mission_id), team_id, month_start, sex, agency, sum(sessions), sum(minutes), sum(authority),
       count(case when prev_mission is null or prev_mission < month_start then 1 end),
       count(case when prev_team is null or prev_team < month_start then 1 end),
       count(case when followed_up = 1 and (prev_followed_mission is null or prev_followed_mission < month_start)
                  then 1 end),
       count(case when followed_up = 1 and (prev_followed_team is null or prev_followed_team < month_start)
                  then 1 end)
from summary_attendance_month
group by team_id, month_start, sex, agency
order by month_start, team_id;

create index summary_attendance_month_sums_date on summary_attendance_month_sums (month_start, team_id);
