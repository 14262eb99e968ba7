-- Issue 10: V44's sums for the runs by team. Each trainee's monthly row by team (V18) adds one row, its sessions,
-- minutes, authority roles and whether she was followed up to the group of its team, month, agency and sex, and
-- one "later" to the group of the month of her previous row in the team (one "followed later" to that of her
-- previous followed-up row there, if it is followed up). A summary by team, or of some teams, whose cells span
-- the period reads its whole months and years from these sums instead of one row per trainee, team and month or
-- year (ten years by team at 1,000,000 sessions: about half a million rows).
--
-- Kept by changes, like V44's. Derived data only, from the monthly rows: the model does not have to be built
-- again.
create table summary_attendance_team_month_sums (
    mission_id             bigint       not null,
    team_id                bigint       not null,
    month_start            date         not null,
    agency                 varchar(20)  not null,
    sex                    varchar(12)  not null,
    entries                integer      not null,
    sessions               integer      not null,
    minutes                integer      not null,
    authority              integer      not null,
    followed               integer      not null,
    later                  integer      not null,
    followed_later         integer      not null
);

create table summary_attendance_team_year_sums (
    mission_id             bigint       not null,
    team_id                bigint       not null,
    year_start             date         not null,
    agency                 varchar(20)  not null,
    sex                    varchar(12)  not null,
    entries                integer      not null,
    sessions               integer      not null,
    minutes                integer      not null,
    authority              integer      not null,
    followed               integer      not null,
    later                  integer      not null,
    followed_later         integer      not null
);

insert into summary_attendance_team_month_sums (mission_id, team_id, month_start, agency, sex, entries, sessions,
                                                minutes, authority, followed, later, followed_later)
select mission_id, team_id, month_start, agency, sex, sum(entries), sum(sessions), sum(minutes), sum(authority),
       sum(followed), sum(later), sum(followed_later)
from (select mission_id, team_id, month_start, agency, sex, 1 as entries, sessions, minutes, authority,
             followed_up as followed, 0 as later, 0 as followed_later
      from summary_attendance_month
      union all
      select mission_id, team_id, prev_team, agency, sex, 0, 0, 0, 0, 0, 1, 0
      from summary_attendance_month where prev_team is not null
      union all
      select mission_id, team_id, prev_followed_team, agency, sex, 0, 0, 0, 0, 0, 0, 1
      from summary_attendance_month where followed_up = 1 and prev_followed_team is not null) e
group by mission_id, team_id, month_start, agency, sex
order by month_start, team_id;

insert into summary_attendance_team_year_sums (mission_id, team_id, year_start, agency, sex, entries, sessions,
                                               minutes, authority, followed, later, followed_later)
select mission_id, team_id, cast(date_trunc('year', month_start) as date), agency, sex, sum(entries), sum(sessions),
       sum(minutes), sum(authority), sum(followed), sum(later), sum(followed_later)
from summary_attendance_team_month_sums
group by mission_id, team_id, cast(date_trunc('year', month_start) as date), agency, sex
order by 3, team_id;

create index summary_attendance_team_month_sums_date on summary_attendance_team_month_sums (month_start, team_id);
create index summary_attendance_team_year_sums_date on summary_attendance_team_year_sums (year_start, team_id);
