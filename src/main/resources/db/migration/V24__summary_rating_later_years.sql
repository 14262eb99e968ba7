-- The read model gains the yearly rating sums again, with fewer rows for the years after a period's first
-- whole year (issue 10).
--
-- summary_rating_year (V19) names an earlier rating by the row's year if it lies in it and else by its
-- month, because a period may start on the first of any month before that year. That is needed for the
-- period's first whole year only: for a later year, the year before it lies wholly in the period, so an
-- earlier rating in that year may be named by its year as well. summary_rating_later_year and
-- summary_rating_mission_later_year are summary_rating_year and summary_rating_mission_year (V20) with that
-- naming: each earlier rating named by the row's year or the year before if it lies in one of them, else by
-- its month. Ten years by team at 100,000 sessions then read 170,000 sums instead of 497,000, and the
-- mission's ten years 37,000 instead of 157,000.
--
-- Derived data only, from the yearly sums by team, whose earlier ratings named by their month or the row's
-- year are named the same way again: the model does not have to be built again.
create table summary_rating_later_year (
    mission_id             bigint       not null,
    team_id                bigint       not null,
    year_start             date         not null,
    agency                 varchar(20)  not null,
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

create table summary_rating_mission_later_year (
    mission_id             bigint       not null,
    year_start             date         not null,
    agency                 varchar(20)  not null,
    sex                    varchar(12)  not null,
    topic_id               bigint       not null,
    prev_mission           date,
    prev2_mission          date,
    ratings                integer      not null,
    delta_mission          integer      not null
);

insert into summary_rating_later_year (mission_id, team_id, year_start, agency, sex, topic_id, prev_mission,
                                       prev2_mission, prev_team, prev2_team, ratings, delta_mission, delta_team)
select mission_id, team_id, year_start, agency, sex, topic_id, prev_mission, prev2_mission, prev_team, prev2_team,
       sum(ratings), sum(delta_mission), sum(delta_team)
from (select mission_id, team_id, year_start, agency, sex, topic_id,
             case when extract(year from prev_mission) = extract(year from year_start) - 1
                  then cast(date_trunc('year', prev_mission) as date) else prev_mission end as prev_mission,
             case when extract(year from prev2_mission) = extract(year from year_start) - 1
                  then cast(date_trunc('year', prev2_mission) as date) else prev2_mission end as prev2_mission,
             case when extract(year from prev_team) = extract(year from year_start) - 1
                  then cast(date_trunc('year', prev_team) as date) else prev_team end as prev_team,
             case when extract(year from prev2_team) = extract(year from year_start) - 1
                  then cast(date_trunc('year', prev2_team) as date) else prev2_team end as prev2_team,
             ratings, delta_mission, delta_team
      from summary_rating_year) s
group by mission_id, team_id, year_start, agency, sex, topic_id, prev_mission, prev2_mission, prev_team, prev2_team
order by year_start;

insert into summary_rating_mission_later_year (mission_id, year_start, agency, sex, topic_id, prev_mission,
                                               prev2_mission, ratings, delta_mission)
select mission_id, year_start, agency, sex, topic_id, prev_mission, prev2_mission, sum(ratings), sum(delta_mission)
from summary_rating_later_year
group by mission_id, year_start, agency, sex, topic_id, prev_mission, prev2_mission
order by year_start;

create index summary_rating_later_year_date on summary_rating_later_year (year_start, team_id);
create index summary_rating_mission_later_year_date on summary_rating_mission_later_year (year_start, mission_id);
