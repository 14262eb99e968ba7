-- The read model gains its follow-ups summed by mission, agency and month (issue 10): the sums by team, site,
-- agency and month (V28, V36) summed over the mission's teams and sites. A whole mission's summary without a
-- breakdown by team or site reads its whole months of follow-ups opened and closed from these rows (ten years at
-- 100,000 sessions: a few hundred instead of about 25,000 sums by site, twice).
--
-- Kept by changes, like the sums by site: a trainee's follow-ups add their part to both.
--
-- Derived data only, from the sums by site: the model does not have to be built again.
create table summary_follow_up_mission_month (
    mission_id             bigint       not null,
    agency                 varchar(20)  not null,
    month_start            date         not null,
    opened                 integer      not null,
    closed                 integer      not null,
    on_time                integer      not null,
    cancelled              integer      not null,
    primary key (mission_id, month_start, agency)
);

insert into summary_follow_up_mission_month (mission_id, agency, month_start, opened, closed, on_time, cancelled)
select tm.mission_id, s.agency, s.month_start, sum(s.opened), sum(s.closed), sum(s.on_time), sum(s.cancelled)
from summary_follow_up_month s join team tm on tm.id = s.team_id
group by tm.mission_id, s.agency, s.month_start
order by tm.mission_id, s.month_start;
