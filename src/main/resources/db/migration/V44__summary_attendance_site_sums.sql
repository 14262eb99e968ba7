-- Issue 10: the read model gains each site's monthly attendance summed over its trainees, with the rows that
-- follow on later. Each trainee's monthly row by site (V38) adds one row, its sessions, minutes, authority roles
-- and whether she was followed up to the group of its site, month, agency and sex; and one "later" to the group
-- of the month of her previous row at the site (one "followed later" to that of her previous followed-up row
-- there, if it is followed up). Within a period that starts on the first of a month, a row is her first at the
-- site unless her previous row there lies in the period too: her first rows are the period's rows less the
-- "later" of its months, plus those of the rows after the period whose previous row lies in it, which are read
-- from the monthly rows. So a summary by site, or of some sites, reads its whole months and years from these
-- sums instead of one row per trainee, site and month or year (ten years by site at 1,000,000 sessions: about
-- a million rows). The yearly sums are the monthly ones summed by year.
--
-- Kept by changes, like the attendance by mission and month (V34): a group with nothing left is deleted, as a
-- rebuild would leave it.
--
-- Derived data only, from the monthly rows by site: the model does not have to be built again.
create table summary_attendance_site_month_sums (
    mission_id             bigint       not null,
    team_id                bigint       not null,
    site_id                bigint       not null,
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

create table summary_attendance_site_year_sums (
    mission_id             bigint       not null,
    team_id                bigint       not null,
    site_id                bigint       not null,
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

insert into summary_attendance_site_month_sums (mission_id, team_id, site_id, month_start, agency, sex, entries,
                                                sessions, minutes, authority, followed, later, followed_later)
select mission_id, team_id, site_id, month_start, agency, sex, sum(entries), sum(sessions), sum(minutes),
       sum(authority), sum(followed), sum(later), sum(followed_later)
from (select mission_id, team_id, site_id, month_start, agency, sex, 1 as entries, sessions, minutes, authority,
             followed_up as followed, 0 as later, 0 as followed_later
      from summary_attendance_site_month
      union all
      select mission_id, team_id, site_id, prev_site, agency, sex, 0, 0, 0, 0, 0, 1, 0
      from summary_attendance_site_month where prev_site is not null
      union all
      select mission_id, team_id, site_id, prev_followed_site, agency, sex, 0, 0, 0, 0, 0, 0, 1
      from summary_attendance_site_month where followed_up = 1 and prev_followed_site is not null) e
group by mission_id, team_id, site_id, month_start, agency, sex
order by month_start, site_id;

insert into summary_attendance_site_year_sums (mission_id, team_id, site_id, year_start, agency, sex, entries,
                                               sessions, minutes, authority, followed, later, followed_later)
select mission_id, team_id, site_id, cast(date_trunc('year', month_start) as date), agency, sex, sum(entries),
       sum(sessions), sum(minutes), sum(authority), sum(followed), sum(later), sum(followed_later)
from summary_attendance_site_month_sums
group by mission_id, team_id, site_id, cast(date_trunc('year', month_start) as date), agency, sex
order by 4, site_id;

create index summary_attendance_site_month_sums_date on summary_attendance_site_month_sums (month_start, site_id);
create index summary_attendance_site_year_sums_date on summary_attendance_site_year_sums (year_start, site_id);
