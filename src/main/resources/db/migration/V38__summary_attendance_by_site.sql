-- Issue 10: the read model gains each trainee's attendance by site and month, and by site and year, as V18 and
-- V25 keep it by team: a summary by site, or of some sites, whose period starts on the first of a month reads
-- its whole years and months from these rows instead of every attendance (ten years by site at 1,000,000
-- sessions: about 8.7 million). Each row carries the month of her previous row within her mission, her team and
-- her site (rows of one month in the order of their site), and of her previous followed-up one.
--
-- Derived data only, from the attendance rows: the model does not have to be built again.
create table summary_attendance_site_month (
    trainee_id             bigint       not null,
    site_id                bigint       not null,
    month_start            date         not null,
    mission_id             bigint       not null,
    team_id                bigint       not null,
    quarter_start          date         not null,
    year_start             date         not null,
    sex                    varchar(12)  not null,
    agency                 varchar(20)  not null,
    sessions               integer      not null,
    minutes                integer      not null,
    authority              integer      not null,
    followed_up            integer      not null,
    prev_mission           date,
    prev_team              date,
    prev_site              date,
    prev_followed_mission  date,
    prev_followed_team     date,
    prev_followed_site     date,
    primary key (trainee_id, site_id, month_start)
);

create table summary_attendance_site_year (
    trainee_id             bigint       not null,
    site_id                bigint       not null,
    year_start             date         not null,
    mission_id             bigint       not null,
    team_id                bigint       not null,
    sex                    varchar(12)  not null,
    agency                 varchar(20)  not null,
    sessions               integer      not null,
    minutes                integer      not null,
    authority              integer      not null,
    followed_up            integer      not null,
    prev_mission           date,
    prev_team              date,
    prev_site              date,
    prev_followed_mission  date,
    prev_followed_team     date,
    prev_followed_site     date,
    primary key (trainee_id, site_id, year_start)
);

insert into summary_attendance_site_month (trainee_id, site_id, month_start, mission_id, team_id, quarter_start,
                                           year_start, sex, agency, sessions, minutes, authority, followed_up,
                                           prev_mission, prev_team, prev_site, prev_followed_mission,
                                           prev_followed_team, prev_followed_site)
select trainee_id, site_id, month_start, mission_id, team_id, quarter_start, year_start, sex, agency, sessions,
       minutes, authority, followed_up, prev_mission, prev_team, prev_site, prev_followed_mission, prev_followed_team,
       prev_followed_site
from (select m.*,
             lag(m.month_start) over (partition by m.trainee_id, m.mission_id order by m.month_start, m.site_id)
                 as prev_mission,
             lag(m.month_start) over (partition by m.trainee_id, m.team_id order by m.month_start, m.site_id)
                 as prev_team,
             lag(m.month_start) over (partition by m.trainee_id, m.site_id order by m.month_start) as prev_site,
             max(case when m.followed_up = 1 then m.month_start end) over (partition by m.trainee_id, m.mission_id
                 order by m.month_start, m.site_id rows between unbounded preceding and 1 preceding)
                 as prev_followed_mission,
             max(case when m.followed_up = 1 then m.month_start end) over (partition by m.trainee_id, m.team_id
                 order by m.month_start, m.site_id rows between unbounded preceding and 1 preceding)
                 as prev_followed_team,
             max(case when m.followed_up = 1 then m.month_start end) over (partition by m.trainee_id, m.site_id
                 order by m.month_start rows between unbounded preceding and 1 preceding) as prev_followed_site
      from (select trainee_id, site_id, month_start, min(mission_id) as mission_id, min(team_id) as team_id,
                   min(quarter_start) as quarter_start, min(year_start) as year_start, min(sex) as sex,
                   min(agency) as agency, count(*) as sessions, sum(minutes) as minutes, sum(authority) as authority,
                   max(followed_up) as followed_up
            from summary_attendance group by trainee_id, site_id, month_start) m) w
order by month_start, trainee_id;

insert into summary_attendance_site_year (trainee_id, site_id, year_start, mission_id, team_id, sex, agency, sessions,
                                          minutes, authority, followed_up, prev_mission, prev_team, prev_site,
                                          prev_followed_mission, prev_followed_team, prev_followed_site)
select trainee_id, site_id, year_start, min(mission_id), min(team_id), min(sex), min(agency), sum(sessions),
       sum(minutes), sum(authority), max(followed_up),
       case when count(prev_mission) = count(*) then min(prev_mission) end,
       case when count(prev_team) = count(*) then min(prev_team) end,
       case when count(prev_site) = count(*) then min(prev_site) end,
       case when count(case when followed_up = 1 then prev_followed_mission end)
                 = count(case when followed_up = 1 then 1 end)
            then min(case when followed_up = 1 then prev_followed_mission end) end,
       case when count(case when followed_up = 1 then prev_followed_team end)
                 = count(case when followed_up = 1 then 1 end)
            then min(case when followed_up = 1 then prev_followed_team end) end,
       case when count(case when followed_up = 1 then prev_followed_site end)
                 = count(case when followed_up = 1 then 1 end)
            then min(case when followed_up = 1 then prev_followed_site end) end
from summary_attendance_site_month
group by trainee_id, site_id, year_start
order by year_start, trainee_id;

create index summary_attendance_site_month_date on summary_attendance_site_month (month_start, site_id);
create index summary_attendance_site_year_date on summary_attendance_site_year (year_start, site_id);
