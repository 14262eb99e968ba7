-- The read model gains each trainee's attendance by year (issue 10): summary_attendance_month (V18) summed
-- by trainee, team and year, with the previous row of her first month there (within her mission and her
-- team) and the previous followed-up row of her first followed-up month there. A year that lies wholly in a
-- period starting on the first of a month has such a row as her first in a cell (the period, a team, an
-- agency or the year) exactly when its first month has: her later months there follow a month of the year.
-- So a summary without sites whose cells are those reads its whole years from these rows (ten years at
-- 100,000 sessions: 26,000 instead of 269,000) and the months around them from the monthly ones.
--
-- A previous row is null only at her first row ever (min() would pass over it), and only her first
-- followed-up row ever has no previous followed-up row.
--
-- Derived data only, from the monthly rows: the model does not have to be built again.
create table summary_attendance_year (
    trainee_id             bigint       not null,
    team_id                bigint       not null,
    year_start             date         not null,
    mission_id             bigint       not null,
    sex                    varchar(12)  not null,
    agency                 varchar(20)  not null,
    sessions               integer      not null,
    minutes                integer      not null,
    authority              integer      not null,
    followed_up            integer      not null,
    prev_mission           date,
    prev_team              date,
    prev_followed_mission  date,
    prev_followed_team     date,
    primary key (trainee_id, team_id, year_start)
);

insert into summary_attendance_year (trainee_id, team_id, year_start, mission_id, sex, agency, sessions, minutes,
                                     authority, followed_up, prev_mission, prev_team, prev_followed_mission,
                                     prev_followed_team)
select trainee_id, team_id, year_start, min(mission_id), min(sex), min(agency), sum(sessions), sum(minutes),
       sum(authority), max(followed_up),
       case when count(prev_mission) = count(*) then min(prev_mission) end,
       case when count(prev_team) = count(*) then min(prev_team) end,
       case when count(case when followed_up = 1 then prev_followed_mission end) = sum(followed_up)
            then min(case when followed_up = 1 then prev_followed_mission end) end,
       case when count(case when followed_up = 1 then prev_followed_team end) = sum(followed_up)
            then min(case when followed_up = 1 then prev_followed_team end) end
from summary_attendance_month
group by trainee_id, team_id, year_start
order by year_start, trainee_id;

create index summary_attendance_year_date on summary_attendance_year (year_start, team_id);
