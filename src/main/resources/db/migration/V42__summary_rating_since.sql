-- Issue 10: competency progress as entries at the earlier ratings, within each run the read model keeps (the
-- mission, the team, the site). Within a trainee's run of ratings of one competency, a rating adds one trainee
-- and its change of level at its previous rating, and takes the trainee away again at its second previous one. Of
-- the ratings up to a period's last day, the entries dated from its first day on then add up to the period's
-- figures: the trainees rated twice or more there, and their latest less their first level. The entries are
-- summed by mission (and team, and site), agency (and over all agencies), sex, competency and the month, or the
-- year, of the earlier rating they are dated by. A summary whose cells span its period (none, by team, site or
-- agency) and which starts on the first of a month reads the year it starts in by month and the later years by
-- year, and takes away the ratings after the period, instead of the yearly rating sums (V19, V24, V29, V39),
-- which name both earlier ratings together and carry the year of the rating too (ten years by site at 100,000
-- sessions: 36,000 rows instead of 450,000).
--
-- Each entry adds to its row on its own, so a change adds its trainees' part (summary.SummaryFacts); entries
-- counts the entries of a row, which a row holds one of at least. Derived data only, from the rating rows.

create table summary_rating_mission_since_month (
    mission_id             bigint       not null,
    earlier                date         not null,
    agency                 varchar(20)  not null,
    sex                    varchar(12)  not null,
    topic_id               bigint       not null,
    entries                integer      not null,
    trainees               integer      not null,
    delta                  integer      not null
);

create table summary_rating_mission_since_month_all_agencies (
    mission_id             bigint       not null,
    earlier                date         not null,
    sex                    varchar(12)  not null,
    topic_id               bigint       not null,
    entries                integer      not null,
    trainees               integer      not null,
    delta                  integer      not null
);

create table summary_rating_mission_since_year (
    mission_id             bigint       not null,
    earlier                date         not null,
    agency                 varchar(20)  not null,
    sex                    varchar(12)  not null,
    topic_id               bigint       not null,
    entries                integer      not null,
    trainees               integer      not null,
    delta                  integer      not null
);

create table summary_rating_mission_since_year_all_agencies (
    mission_id             bigint       not null,
    earlier                date         not null,
    sex                    varchar(12)  not null,
    topic_id               bigint       not null,
    entries                integer      not null,
    trainees               integer      not null,
    delta                  integer      not null
);

create table summary_rating_team_since_month (
    mission_id             bigint       not null,
    team_id                bigint       not null,
    earlier                date         not null,
    agency                 varchar(20)  not null,
    sex                    varchar(12)  not null,
    topic_id               bigint       not null,
    entries                integer      not null,
    trainees               integer      not null,
    delta                  integer      not null
);

create table summary_rating_team_since_month_all_agencies (
    mission_id             bigint       not null,
    team_id                bigint       not null,
    earlier                date         not null,
    sex                    varchar(12)  not null,
    topic_id               bigint       not null,
    entries                integer      not null,
    trainees               integer      not null,
    delta                  integer      not null
);

create table summary_rating_team_since_year (
    mission_id             bigint       not null,
    team_id                bigint       not null,
    earlier                date         not null,
    agency                 varchar(20)  not null,
    sex                    varchar(12)  not null,
    topic_id               bigint       not null,
    entries                integer      not null,
    trainees               integer      not null,
    delta                  integer      not null
);

create table summary_rating_team_since_year_all_agencies (
    mission_id             bigint       not null,
    team_id                bigint       not null,
    earlier                date         not null,
    sex                    varchar(12)  not null,
    topic_id               bigint       not null,
    entries                integer      not null,
    trainees               integer      not null,
    delta                  integer      not null
);

create table summary_rating_site_since_month (
    mission_id             bigint       not null,
    team_id                bigint       not null,
    site_id                bigint       not null,
    earlier                date         not null,
    agency                 varchar(20)  not null,
    sex                    varchar(12)  not null,
    topic_id               bigint       not null,
    entries                integer      not null,
    trainees               integer      not null,
    delta                  integer      not null
);

create table summary_rating_site_since_month_all_agencies (
    mission_id             bigint       not null,
    team_id                bigint       not null,
    site_id                bigint       not null,
    earlier                date         not null,
    sex                    varchar(12)  not null,
    topic_id               bigint       not null,
    entries                integer      not null,
    trainees               integer      not null,
    delta                  integer      not null
);

create table summary_rating_site_since_year (
    mission_id             bigint       not null,
    team_id                bigint       not null,
    site_id                bigint       not null,
    earlier                date         not null,
    agency                 varchar(20)  not null,
    sex                    varchar(12)  not null,
    topic_id               bigint       not null,
    entries                integer      not null,
    trainees               integer      not null,
    delta                  integer      not null
);

create table summary_rating_site_since_year_all_agencies (
    mission_id             bigint       not null,
    team_id                bigint       not null,
    site_id                bigint       not null,
    earlier                date         not null,
    sex                    varchar(12)  not null,
    topic_id               bigint       not null,
    entries                integer      not null,
    trainees               integer      not null,
    delta                  integer      not null
);

insert into summary_rating_mission_since_month (mission_id, earlier, agency, sex, topic_id, entries, trainees, delta)
    select mission_id, cast(date_trunc('month', earlier) as date), agency, sex, topic_id, count(*), sum(trainees),
    sum(delta) from (select mission_id, agency, sex, topic_id, prev_mission as earlier, 1 as trainees,
    coalesce(delta_mission, 0) as delta from summary_rating where prev_mission is not null union all select
    mission_id, agency, sex, topic_id, prev2_mission, -1, 0 from summary_rating where prev2_mission is not null) e
    group by mission_id, cast(date_trunc('month', earlier) as date), agency, sex, topic_id order by 2;

insert into summary_rating_mission_since_year (mission_id, earlier, agency, sex, topic_id, entries, trainees, delta)
    select mission_id, cast(date_trunc('year', earlier) as date), agency, sex, topic_id, sum(entries), sum(trainees),
    sum(delta) from summary_rating_mission_since_month group by mission_id, cast(date_trunc('year', earlier) as date),
    agency, sex, topic_id order by 2;

insert into summary_rating_mission_since_month_all_agencies (mission_id, earlier, sex, topic_id, entries, trainees,
    delta) select mission_id, earlier, sex, topic_id, sum(entries), sum(trainees), sum(delta) from
    summary_rating_mission_since_month group by mission_id, earlier, sex, topic_id order by 2;

insert into summary_rating_mission_since_year_all_agencies (mission_id, earlier, sex, topic_id, entries, trainees,
    delta) select mission_id, cast(date_trunc('year', earlier) as date), sex, topic_id, sum(entries), sum(trainees),
    sum(delta) from summary_rating_mission_since_month group by mission_id, cast(date_trunc('year', earlier) as date),
    sex, topic_id order by 2;

insert into summary_rating_team_since_month (mission_id, team_id, earlier, agency, sex, topic_id, entries, trainees,
    delta) select mission_id, team_id, cast(date_trunc('month', earlier) as date), agency, sex, topic_id, count(*),
    sum(trainees), sum(delta) from (select mission_id, team_id, agency, sex, topic_id, prev_team as earlier, 1 as
    trainees, coalesce(delta_team, 0) as delta from summary_rating where prev_team is not null union all select
    mission_id, team_id, agency, sex, topic_id, prev2_team, -1, 0 from summary_rating where prev2_team is not null) e
    group by mission_id, team_id, cast(date_trunc('month', earlier) as date), agency, sex, topic_id order by 3;

insert into summary_rating_team_since_year (mission_id, team_id, earlier, agency, sex, topic_id, entries, trainees,
    delta) select mission_id, team_id, cast(date_trunc('year', earlier) as date), agency, sex, topic_id, sum(entries),
    sum(trainees), sum(delta) from summary_rating_team_since_month group by mission_id, team_id,
    cast(date_trunc('year', earlier) as date), agency, sex, topic_id order by 3;

insert into summary_rating_team_since_month_all_agencies (mission_id, team_id, earlier, sex, topic_id, entries,
    trainees, delta) select mission_id, team_id, earlier, sex, topic_id, sum(entries), sum(trainees), sum(delta) from
    summary_rating_team_since_month group by mission_id, team_id, earlier, sex, topic_id order by 3;

insert into summary_rating_team_since_year_all_agencies (mission_id, team_id, earlier, sex, topic_id, entries,
    trainees, delta) select mission_id, team_id, cast(date_trunc('year', earlier) as date), sex, topic_id,
    sum(entries), sum(trainees), sum(delta) from summary_rating_team_since_month group by mission_id, team_id,
    cast(date_trunc('year', earlier) as date), sex, topic_id order by 3;

insert into summary_rating_site_since_month (mission_id, team_id, site_id, earlier, agency, sex, topic_id, entries,
    trainees, delta) select mission_id, team_id, site_id, cast(date_trunc('month', earlier) as date), agency, sex,
    topic_id, count(*), sum(trainees), sum(delta) from (select mission_id, team_id, site_id, agency, sex, topic_id,
    prev_site as earlier, 1 as trainees, coalesce(delta_site, 0) as delta from summary_rating where prev_site is not
    null union all select mission_id, team_id, site_id, agency, sex, topic_id, prev2_site, -1, 0 from summary_rating
    where prev2_site is not null) e group by mission_id, team_id, site_id, cast(date_trunc('month', earlier) as date),
    agency, sex, topic_id order by 4;

insert into summary_rating_site_since_year (mission_id, team_id, site_id, earlier, agency, sex, topic_id, entries,
    trainees, delta) select mission_id, team_id, site_id, cast(date_trunc('year', earlier) as date), agency, sex,
    topic_id, sum(entries), sum(trainees), sum(delta) from summary_rating_site_since_month group by mission_id,
    team_id, site_id, cast(date_trunc('year', earlier) as date), agency, sex, topic_id order by 4;

insert into summary_rating_site_since_month_all_agencies (mission_id, team_id, site_id, earlier, sex, topic_id,
    entries, trainees, delta) select mission_id, team_id, site_id, earlier, sex, topic_id, sum(entries),
    sum(trainees), sum(delta) from summary_rating_site_since_month group by mission_id, team_id, site_id, earlier,
    sex, topic_id order by 4;

insert into summary_rating_site_since_year_all_agencies (mission_id, team_id, site_id, earlier, sex, topic_id,
    entries, trainees, delta) select mission_id, team_id, site_id, cast(date_trunc('year', earlier) as date), sex,
    topic_id, sum(entries), sum(trainees), sum(delta) from summary_rating_site_since_month group by mission_id,
    team_id, site_id, cast(date_trunc('year', earlier) as date), sex, topic_id order by 4;

create index summary_rating_mission_since_month_date on summary_rating_mission_since_month (earlier);

create index summary_rating_mission_since_month_all_agencies_date on summary_rating_mission_since_month_all_agencies
    (earlier);

create index summary_rating_mission_since_year_date on summary_rating_mission_since_year (earlier);

create index summary_rating_mission_since_year_all_agencies_date on summary_rating_mission_since_year_all_agencies
    (earlier);

create index summary_rating_team_since_month_date on summary_rating_team_since_month (earlier, team_id);

create index summary_rating_team_since_month_all_agencies_date on summary_rating_team_since_month_all_agencies
    (earlier, team_id);

create index summary_rating_team_since_year_date on summary_rating_team_since_year (earlier, team_id);

create index summary_rating_team_since_year_all_agencies_date on summary_rating_team_since_year_all_agencies (earlier,
    team_id);

create index summary_rating_site_since_month_date on summary_rating_site_since_month (earlier, site_id);

create index summary_rating_site_since_month_all_agencies_date on summary_rating_site_since_month_all_agencies
    (earlier, site_id);

create index summary_rating_site_since_year_date on summary_rating_site_since_year (earlier, site_id);

create index summary_rating_site_since_year_all_agencies_date on summary_rating_site_since_year_all_agencies (earlier,
    site_id);
