-- Issue 10: the read model gains the observations summed by site, year, MOWIP area and polarity: the
-- observations and the transformative ones. The observations family of a summary by site, or of some sites,
-- reads its whole years from these sums instead of every observation of them (ten years by site at 1,000,000
-- sessions: about a million rows). A site's month holds a dozen observations or so, spread over the areas and
-- polarities, so sums by site and month would hardly be fewer than the rows; a year's are a tenth of them.
--
-- Derived data only, from the observations' rows: the model does not have to be built again.
create table summary_observation_site_year (
    mission_id             bigint       not null,
    team_id                bigint       not null,
    site_id                bigint       not null,
    year_start             date         not null,
    mowip_area_id          bigint,
    polarity               varchar(12),
    observations           integer      not null,
    transformative         integer      not null
);

insert into summary_observation_site_year (mission_id, team_id, site_id, year_start, mowip_area_id, polarity,
                                           observations, transformative)
select min(mission_id), min(team_id), site_id, cast(date_trunc('year', session_date) as date), mowip_area_id,
       polarity, count(*), sum(transformative)
from summary_observation
group by site_id, cast(date_trunc('year', session_date) as date), mowip_area_id, polarity
order by 4, 3;

create index summary_observation_site_year_date on summary_observation_site_year (year_start, site_id);
