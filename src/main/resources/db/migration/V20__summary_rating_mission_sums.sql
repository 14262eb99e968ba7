-- The read model gains a whole mission's competency ratings summed by year, without teams (issue 10).
--
-- summary_rating_mission_year: summary_rating_year (V19) summed over teams, so by mission, year, agency,
-- sex and competency and by the previous and second previous rating within the mission, each named by
-- its year if it is the row's year and else by its month; with the number of ratings and their summed
-- changes of level within the mission. A summary of a whole mission without a breakdown, by agency or
-- by year (and the total of one by month) reads its whole years from these rows: a third as many as
-- the yearly sums by team (five years at 100,000 sessions: 88,000 instead of 265,000).
--
-- Derived data only, from the yearly sums by team, which group the same ratings more finely: the model
-- does not have to be built again. org.mentorlog.summary.SummaryFacts keeps it with the others.
create table summary_rating_mission_year (
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

insert into summary_rating_mission_year (mission_id, year_start, agency, sex, topic_id, prev_mission, prev2_mission,
                                         ratings, delta_mission)
select mission_id, year_start, agency, sex, topic_id, prev_mission, prev2_mission, sum(ratings), sum(delta_mission)
from summary_rating_year
group by mission_id, year_start, agency, sex, topic_id, prev_mission, prev2_mission
order by year_start;

create index summary_rating_mission_year_date on summary_rating_mission_year (year_start, mission_id);
