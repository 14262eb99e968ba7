-- The read model gains the monthly attendance summed over a mission's teams (issue 10): the sums by team, month,
-- sex and agency (V26) by mission instead of team, with the firsts within the mission. A whole mission's summary by
-- month reads the cells of its whole months from these rows (ten years at 100,000 sessions: about 1,400 instead of
-- 29,000 sums by team).
--
-- Summed again with the sums by team whenever a month of those is.
--
-- Derived data only, from the sums by team: the model does not have to be built again.
create table summary_attendance_mission_month_sums (
    mission_id             bigint       not null,
    month_start            date         not null,
    sex                    varchar(12)  not null,
    agency                 varchar(20)  not null,
    sessions               integer      not null,
    minutes                integer      not null,
    authority              integer      not null,
    first_mission          integer      not null,
    followed_mission       integer      not null,
    primary key (mission_id, month_start, sex, agency)
);

insert into summary_attendance_mission_month_sums (mission_id, month_start, sex, agency, sessions, minutes, authority,
                                                   first_mission, followed_mission)
select mission_id, month_start, sex, agency, sum(sessions), sum(minutes), sum(authority), sum(first_mission),
       sum(followed_mission)
from summary_attendance_month_sums
group by mission_id, month_start, sex, agency
order by mission_id, month_start;
