-- Issue 10: competency progress by quarter within each run: per mission (team, site), quarter, agency, competency
-- and sex, the ratings whose previous one within the trainee's mission (team, site) lies in their quarter, how many
-- of them are a trainee's second there (she was rated twice or more on it within the quarter), and their summed
-- change of level. A whole quarter's cell of a summary by quarter counts exactly those, whatever the period around
-- it. V37 kept them by mission over all agencies only, so a summary by quarter for one agency, some teams or some
-- sites read every rating of its period instead (ten years for the police at 100,000 sessions on H2: 1.7 s of 2.2 s).
-- The mission's cells by agency serve the whole mission too, summed over agencies: V37's table goes.
--
-- Each rating adds to its row on its own, so a change adds its trainees' part (summary.SummaryFacts). Derived
-- data only, from the rating rows: the model does not have to be built again.
create table summary_rating_mission_quarter_cells (
    mission_id    bigint       not null,
    quarter_start date         not null,
    agency        varchar(20)  not null,
    topic_id      bigint       not null,
    sex           varchar(12)  not null,
    ratings       integer      not null,
    trainees      integer      not null,
    delta         integer      not null,
    primary key (mission_id, quarter_start, agency, topic_id, sex)
);

create table summary_rating_team_quarter_cells (
    mission_id    bigint       not null,
    team_id       bigint       not null,
    quarter_start date         not null,
    agency        varchar(20)  not null,
    topic_id      bigint       not null,
    sex           varchar(12)  not null,
    ratings       integer      not null,
    trainees      integer      not null,
    delta         integer      not null,
    primary key (team_id, quarter_start, agency, topic_id, sex)
);

create table summary_rating_site_quarter_cells (
    mission_id    bigint       not null,
    team_id       bigint       not null,
    site_id       bigint       not null,
    quarter_start date         not null,
    agency        varchar(20)  not null,
    topic_id      bigint       not null,
    sex           varchar(12)  not null,
    ratings       integer      not null,
    trainees      integer      not null,
    delta         integer      not null,
    primary key (site_id, quarter_start, agency, topic_id, sex)
);

insert into summary_rating_mission_quarter_cells (mission_id, quarter_start, agency, topic_id, sex, ratings,
                                                  trainees, delta)
select mission_id, quarter_start, agency, topic_id, sex, count(*),
       sum(case when prev2_mission is null or prev2_mission < quarter_start then 1 else 0 end),
       coalesce(sum(delta_mission), 0)
from summary_rating
where prev_mission >= quarter_start
group by mission_id, quarter_start, agency, topic_id, sex
order by quarter_start;

insert into summary_rating_team_quarter_cells (mission_id, team_id, quarter_start, agency, topic_id, sex, ratings,
                                               trainees, delta)
select mission_id, team_id, quarter_start, agency, topic_id, sex, count(*),
       sum(case when prev2_team is null or prev2_team < quarter_start then 1 else 0 end),
       coalesce(sum(delta_team), 0)
from summary_rating
where prev_team >= quarter_start
group by mission_id, team_id, quarter_start, agency, topic_id, sex
order by quarter_start;

insert into summary_rating_site_quarter_cells (mission_id, team_id, site_id, quarter_start, agency, topic_id, sex,
                                               ratings, trainees, delta)
select mission_id, team_id, site_id, quarter_start, agency, topic_id, sex, count(*),
       sum(case when prev2_site is null or prev2_site < quarter_start then 1 else 0 end),
       coalesce(sum(delta_site), 0)
from summary_rating
where prev_site >= quarter_start
group by mission_id, team_id, site_id, quarter_start, agency, topic_id, sex
order by quarter_start;

drop table summary_rating_quarter_cells;
