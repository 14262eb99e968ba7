-- The read model gains its follow-ups summed by site, agency and month (issue 10): those planned in the
-- month, and those closed in it, on time or not, or cancelled. The opened and closed families count
-- follow-ups, so a summary's whole months read these rows (ten years at 100,000 sessions: about 23,000
-- instead of 50,000 twice) and only an unfinished last month the follow-ups' rows. Overdue follow-ups are
-- still read row by row: they depend on today, and their median does not add up.
--
-- Derived data only, from the follow-ups' rows: the model does not have to be built again.
create table summary_follow_up_month (
    team_id                bigint       not null,
    site_id                bigint       not null,
    agency                 varchar(20)  not null,
    month_start            date         not null,
    opened                 integer      not null,
    closed                 integer      not null,
    on_time                integer      not null,
    cancelled              integer      not null,
    primary key (site_id, agency, month_start)
);

insert into summary_follow_up_month (team_id, site_id, agency, month_start, opened, closed, on_time, cancelled)
select min(team_id), site_id, agency, month_start, sum(opened), sum(closed), sum(on_time), sum(cancelled)
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
group by site_id, agency, month_start
order by month_start, site_id;

create index summary_follow_up_month_date on summary_follow_up_month (month_start, team_id);
