-- The read model's rating sums gain a copy summed over the trainees' agencies (issue 10). Every rating sum
-- table (V19, V20, V24) is by agency, so that a summary for one agency, or by agency, reads it. Most summaries
-- select no agency and are not by agency: they read these copies, about half as many rows (at 100,000
-- sessions the later years' sums by team 78,000 instead of 174,000, the monthly sums 56,000 instead of
-- 114,000), and the competency pass of ten years by team takes a third of the time on PostgreSQL.
--
-- Derived data only, from the sums by agency: the model does not have to be built again.
create table summary_rating_year_all_agencies (
    mission_id             bigint       not null,
    team_id                bigint       not null,
    year_start             date         not null,
    sex                    varchar(12)  not null,
    topic_id               bigint       not null,
    prev_mission           date,
    prev2_mission          date,
    prev_team              date,
    prev2_team             date,
    ratings                integer      not null,
    delta_mission          integer      not null,
    delta_team             integer      not null
);

create table summary_rating_later_year_all_agencies (
    mission_id             bigint       not null,
    team_id                bigint       not null,
    year_start             date         not null,
    sex                    varchar(12)  not null,
    topic_id               bigint       not null,
    prev_mission           date,
    prev2_mission          date,
    prev_team              date,
    prev2_team             date,
    ratings                integer      not null,
    delta_mission          integer      not null,
    delta_team             integer      not null
);

create table summary_rating_month_all_agencies (
    mission_id             bigint       not null,
    team_id                bigint       not null,
    month_start            date         not null,
    sex                    varchar(12)  not null,
    topic_id               bigint       not null,
    prev_mission           date,
    prev2_mission          date,
    prev_team              date,
    prev2_team             date,
    ratings                integer      not null,
    delta_mission          integer      not null,
    delta_team             integer      not null
);

create table summary_rating_mission_year_all_agencies (
    mission_id             bigint       not null,
    year_start             date         not null,
    sex                    varchar(12)  not null,
    topic_id               bigint       not null,
    prev_mission           date,
    prev2_mission          date,
    ratings                integer      not null,
    delta_mission          integer      not null
);

create table summary_rating_mission_later_year_all_agencies (
    mission_id             bigint       not null,
    year_start             date         not null,
    sex                    varchar(12)  not null,
    topic_id               bigint       not null,
    prev_mission           date,
    prev2_mission          date,
    ratings                integer      not null,
    delta_mission          integer      not null
);

insert into summary_rating_year_all_agencies (mission_id, team_id, year_start, sex, topic_id, prev_mission,
                                              prev2_mission, prev_team, prev2_team, ratings, delta_mission,
                                              delta_team)
select mission_id, team_id, year_start, sex, topic_id, prev_mission, prev2_mission, prev_team, prev2_team,
       sum(ratings), sum(delta_mission), sum(delta_team)
from summary_rating_year
group by mission_id, team_id, year_start, sex, topic_id, prev_mission, prev2_mission, prev_team, prev2_team
order by year_start;

insert into summary_rating_later_year_all_agencies (mission_id, team_id, year_start, sex, topic_id, prev_mission,
                                                    prev2_mission, prev_team, prev2_team, ratings, delta_mission,
                                                    delta_team)
select mission_id, team_id, year_start, sex, topic_id, prev_mission, prev2_mission, prev_team, prev2_team,
       sum(ratings), sum(delta_mission), sum(delta_team)
from summary_rating_later_year
group by mission_id, team_id, year_start, sex, topic_id, prev_mission, prev2_mission, prev_team, prev2_team
order by year_start;

insert into summary_rating_month_all_agencies (mission_id, team_id, month_start, sex, topic_id, prev_mission,
                                               prev2_mission, prev_team, prev2_team, ratings, delta_mission,
                                               delta_team)
select mission_id, team_id, month_start, sex, topic_id, prev_mission, prev2_mission, prev_team, prev2_team,
       sum(ratings), sum(delta_mission), sum(delta_team)
from summary_rating_month
group by mission_id, team_id, month_start, sex, topic_id, prev_mission, prev2_mission, prev_team, prev2_team
order by month_start;

insert into summary_rating_mission_year_all_agencies (mission_id, year_start, sex, topic_id, prev_mission,
                                                      prev2_mission, ratings, delta_mission)
select mission_id, year_start, sex, topic_id, prev_mission, prev2_mission, sum(ratings), sum(delta_mission)
from summary_rating_mission_year
group by mission_id, year_start, sex, topic_id, prev_mission, prev2_mission
order by year_start;

insert into summary_rating_mission_later_year_all_agencies (mission_id, year_start, sex, topic_id, prev_mission,
                                                            prev2_mission, ratings, delta_mission)
select mission_id, year_start, sex, topic_id, prev_mission, prev2_mission, sum(ratings), sum(delta_mission)
from summary_rating_mission_later_year
group by mission_id, year_start, sex, topic_id, prev_mission, prev2_mission
order by year_start;

create index summary_rating_year_all_agencies_date on summary_rating_year_all_agencies (year_start, team_id);
create index summary_rating_later_year_all_agencies_date on summary_rating_later_year_all_agencies (year_start,
    team_id);
create index summary_rating_month_all_agencies_date on summary_rating_month_all_agencies (month_start, team_id);
create index summary_rating_mission_year_all_agencies_date on summary_rating_mission_year_all_agencies (year_start,
    mission_id);
create index summary_rating_mission_later_year_all_agencies_date on summary_rating_mission_later_year_all_agencies (
    year_start, mission_id);
