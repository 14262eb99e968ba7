-- The read model gains its follow-ups summed by site, agency and year (issue 10): the sums by team, site, agency
-- and month (V28, V36) summed over each year. A summary by team or site, or of some teams, reads its whole years
-- of follow-ups opened and closed from these rows and only the months around them from the monthly sums.
--
-- Both tables are keyed by their date first. The monthly sums' key began with the team and ended with the month,
-- and H2 chose it for the teams a summary picks, so a month of them read every month of the teams (ten years by
-- team at 100,000 sessions: 25,532 sums for one month and again for eleven, instead of about 200 and 2,344).
--
-- Kept by changes, like the sums by month: a trainee's follow-ups add their part to both.
--
-- Derived data only, from the sums by month: the model does not have to be built again.
create table summary_follow_up_month_by_date (
    team_id                bigint       not null,
    site_id                bigint       not null,
    agency                 varchar(20)  not null,
    month_start            date         not null,
    opened                 integer      not null,
    closed                 integer      not null,
    on_time                integer      not null,
    cancelled              integer      not null,
    primary key (month_start, team_id, site_id, agency)
);

insert into summary_follow_up_month_by_date (team_id, site_id, agency, month_start, opened, closed, on_time, cancelled)
select team_id, site_id, agency, month_start, opened, closed, on_time, cancelled
from summary_follow_up_month
order by month_start, team_id, site_id;

drop table summary_follow_up_month;
alter table summary_follow_up_month_by_date rename to summary_follow_up_month;

create table summary_follow_up_year (
    team_id                bigint       not null,
    site_id                bigint       not null,
    agency                 varchar(20)  not null,
    year_start             date         not null,
    opened                 integer      not null,
    closed                 integer      not null,
    on_time                integer      not null,
    cancelled              integer      not null,
    primary key (year_start, team_id, site_id, agency)
);

insert into summary_follow_up_year (team_id, site_id, agency, year_start, opened, closed, on_time, cancelled)
select team_id, site_id, agency, cast(date_trunc('year', month_start) as date), sum(opened), sum(closed),
       sum(on_time), sum(cancelled)
from summary_follow_up_month
group by team_id, site_id, agency, cast(date_trunc('year', month_start) as date)
order by 4, 1, 2;
