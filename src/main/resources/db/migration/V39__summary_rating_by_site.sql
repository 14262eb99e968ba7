-- Issue 10: the read model gains the rating sums by site, as V19, V24 and V29 keep them by team: per mission,
-- team, site, year, agency (and over all agencies), sex and competency, and per previous and second previous
-- rating within the trainee's site, named as in summary_rating_year (and, for the later years, as in
-- summary_rating_later_year); with the number of ratings and their changes of level within the site. A summary
-- by site, or of some sites, whose period starts on the first of a month reads its whole years from these rows
-- instead of every rating of the period (ten years by site at 100,000 sessions: about 1.5 million). A summary by
-- site reads its total apart, from the sums by team or mission: named within those runs too, these sums had ten
-- times as many rows.
--
-- Each rating adds to its row on its own, so a change adds its trainees' part (summary.SummaryFacts). Derived
-- data only, from the rating rows: the model does not have to be built again.
create table summary_rating_site_year (
    mission_id             bigint       not null,
    team_id                bigint       not null,
    site_id                bigint       not null,
    year_start             date         not null,
    agency                 varchar(20)  not null,
    sex                    varchar(12)  not null,
    topic_id               bigint       not null,
    prev_site              date,
    prev2_site             date,
    ratings                integer      not null,
    delta_site             integer      not null
);

create table summary_rating_site_later_year (
    mission_id             bigint       not null,
    team_id                bigint       not null,
    site_id                bigint       not null,
    year_start             date         not null,
    agency                 varchar(20)  not null,
    sex                    varchar(12)  not null,
    topic_id               bigint       not null,
    prev_site              date,
    prev2_site             date,
    ratings                integer      not null,
    delta_site             integer      not null
);

create table summary_rating_site_year_all_agencies (
    mission_id             bigint       not null,
    team_id                bigint       not null,
    site_id                bigint       not null,
    year_start             date         not null,
    sex                    varchar(12)  not null,
    topic_id               bigint       not null,
    prev_site              date,
    prev2_site             date,
    ratings                integer      not null,
    delta_site             integer      not null
);

create table summary_rating_site_later_year_all_agencies (
    mission_id             bigint       not null,
    team_id                bigint       not null,
    site_id                bigint       not null,
    year_start             date         not null,
    sex                    varchar(12)  not null,
    topic_id               bigint       not null,
    prev_site              date,
    prev2_site             date,
    ratings                integer      not null,
    delta_site             integer      not null
);

insert into summary_rating_site_year (mission_id, team_id, site_id, year_start, agency, sex, topic_id, prev_site,
    prev2_site, ratings, delta_site) select mission_id, team_id, site_id, year_start, agency, sex, topic_id,
    prev_site, prev2_site, count(*) as ratings, coalesce(sum(delta_site), 0) as delta_site from (select s.mission_id,
    s.team_id, s.site_id, s.year_start, s.agency, s.sex, s.topic_id, case when s.prev_site >= s.year_start then
    s.year_start else cast(date_trunc('month', s.prev_site) as date) end as prev_site, case when s.prev2_site >=
    s.year_start then s.year_start else cast(date_trunc('month', s.prev2_site) as date) end as prev2_site,
    s.delta_mission, s.delta_team, s.delta_site from summary_rating s where 1 = 1) r group by mission_id, team_id,
    site_id, year_start, agency, sex, topic_id, prev_site, prev2_site order by year_start;

insert into summary_rating_site_later_year (mission_id, team_id, site_id, year_start, agency, sex, topic_id,
    prev_site, prev2_site, ratings, delta_site) select mission_id, team_id, site_id, year_start, agency, sex,
    topic_id, prev_site, prev2_site, count(*) as ratings, coalesce(sum(delta_site), 0) as delta_site from (select
    s.mission_id, s.team_id, s.site_id, s.year_start, s.agency, s.sex, s.topic_id, case when s.prev_site >=
    s.year_start then s.year_start when extract(year from s.prev_site) = extract(year from s.year_start) - 1 then
    cast(date_trunc('year', s.prev_site) as date) else cast(date_trunc('month', s.prev_site) as date) end as
    prev_site, case when s.prev2_site >= s.year_start then s.year_start when extract(year from s.prev2_site) =
    extract(year from s.year_start) - 1 then cast(date_trunc('year', s.prev2_site) as date) else
    cast(date_trunc('month', s.prev2_site) as date) end as prev2_site, s.delta_mission, s.delta_team, s.delta_site
    from summary_rating s where 1 = 1) r group by mission_id, team_id, site_id, year_start, agency, sex, topic_id,
    prev_site, prev2_site order by year_start;

insert into summary_rating_site_year_all_agencies (mission_id, team_id, site_id, year_start, sex, topic_id, prev_site,
    prev2_site, ratings, delta_site) select mission_id, team_id, site_id, year_start, sex, topic_id, prev_site,
    prev2_site, sum(ratings), sum(delta_site) from summary_rating_site_year group by mission_id, team_id, site_id,
    year_start, sex, topic_id, prev_site, prev2_site order by year_start;

insert into summary_rating_site_later_year_all_agencies (mission_id, team_id, site_id, year_start, sex, topic_id,
    prev_site, prev2_site, ratings, delta_site) select mission_id, team_id, site_id, year_start, sex, topic_id,
    prev_site, prev2_site, sum(ratings), sum(delta_site) from summary_rating_site_later_year group by mission_id,
    team_id, site_id, year_start, sex, topic_id, prev_site, prev2_site order by year_start;

create index summary_rating_site_year_date on summary_rating_site_year (year_start, site_id);
create index summary_rating_site_later_year_date on summary_rating_site_later_year (year_start, site_id);
create index summary_rating_site_year_all_agencies_date on summary_rating_site_year_all_agencies (year_start, site_id);
create index summary_rating_site_later_year_all_agencies_date on summary_rating_site_later_year_all_agencies (year_start,
    site_id);
