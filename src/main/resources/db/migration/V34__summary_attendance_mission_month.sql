-- The read model gains each mission's monthly attendance summed over its trainees by their earlier month
-- (issue 10). Each trainee's monthly row (V18) adds its sessions, minutes and authority roles, and one first,
-- to the group of the month of her previous row within the mission; a followed-up row adds one followed to the
-- group of the month of her previous followed-up row. A period that starts on the first of a month counts a row
-- as her first in it exactly when that earlier month lies before the period (or there is none). So a whole
-- mission's total reads its whole months from these groups instead of from one row per trainee, team and
-- month or year (ten years at 1,000,000 sessions: hundreds of thousands of rows).
--
-- Kept by changes, like the rating sums: entries counts the rows and followed-up rows a group holds, and a
-- group with none left is deleted, as a rebuild would leave it.
--
-- Derived data only, from the monthly rows: the model does not have to be built again.
create table summary_attendance_mission_month (
    mission_id             bigint       not null,
    month_start            date         not null,
    sex                    varchar(12)  not null,
    earlier_month          date,
    entries                integer      not null,
    sessions               integer      not null,
    minutes                integer      not null,
    authority              integer      not null,
    firsts                 integer      not null,
    followed               integer      not null
);

insert into summary_attendance_mission_month (mission_id, month_start, sex, earlier_month, entries, sessions, minutes,
                                              authority, firsts, followed)
select mission_id, month_start, sex, earlier_month, count(*), sum(sessions), sum(minutes), sum(authority),
       sum(firsts), sum(followed)
from (select mission_id, month_start, sex, prev_mission as earlier_month, sessions, minutes, authority,
             1 as firsts, 0 as followed
      from summary_attendance_month
      union all
      select mission_id, month_start, sex, prev_followed_mission, 0, 0, 0, 0, 1
      from summary_attendance_month where followed_up = 1) c
group by mission_id, month_start, sex, earlier_month
order by mission_id, month_start;

create index summary_attendance_mission_month_date on summary_attendance_mission_month (mission_id, month_start);
