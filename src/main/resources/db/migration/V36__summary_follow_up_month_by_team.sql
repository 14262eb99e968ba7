-- Issue 10: a change to a trainee's follow-ups adds its part to their sums by month (V28) instead of summing
-- every month of hers again (summary.SummaryFacts). Those sums are now named by team as well as site, as the
-- follow-ups' rows are (a session's team is the site's, but a session kept from before its mentor moved team
-- could name another). Derived data only, summed again from the follow-ups' rows.
create table summary_follow_up_month_by_team (
    team_id                bigint       not null,
    site_id                bigint       not null,
    agency                 varchar(20)  not null,
    month_start            date         not null,
    opened                 integer      not null,
    closed                 integer      not null,
    on_time                integer      not null,
    cancelled              integer      not null,
    primary key (team_id, site_id, agency, month_start)
);

insert into summary_follow_up_month_by_team (team_id, site_id, agency, month_start, opened, closed, on_time, cancelled)
select team_id, site_id, agency, month_start, sum(opened), sum(closed), sum(on_time), sum(cancelled)
from (select team_id, site_id, agency, cast(date_trunc('month', created_date) as date) as month_start,
             1 as opened, 0 as closed, 0 as on_time, 0 as cancelled
      from summary_follow_up
      union all
      select team_id, site_id, agency, cast(date_trunc('month', closed_date) as date),
             0, case when status = 'DONE' then 1 else 0 end,
             case when status = 'DONE' and closed_date <= due_date then 1 else 0 end,
             case when status = 'CANCELLED' then 1 else 0 end
      from summary_follow_up
      where status in ('DONE', 'CANCELLED') and closed_date is not null) f
group by team_id, site_id, agency, month_start
order by month_start, site_id;

drop table summary_follow_up_month;
alter table summary_follow_up_month_by_team rename to summary_follow_up_month;
create index summary_follow_up_month_date on summary_follow_up_month (month_start, team_id);
