-- The read model gains the observations (issue 10): one row per observation of a counted session, with the
-- session's mission, team, site and date, its MOWIP area and polarity, and whether it is transformative.
-- The observations family reads it by date range instead of joining every observation of the period to
-- its session and team (five years at 100,000 sessions: 40,000 observations, 85 ms on PostgreSQL and about
-- 250 ms on H2). Derived data only: the model is marked unbuilt, so org.mentorlog.summary.SummaryFacts
-- derives it, with the rest of the model, on the next start.
create table summary_observation (
    observation_id         bigint       primary key,
    session_id             bigint       not null,
    mission_id             bigint       not null,
    team_id                bigint       not null,
    site_id                bigint       not null,
    session_date           date         not null,
    mowip_area_id          bigint,
    polarity               varchar(12),
    transformative         integer      not null
);
create index summary_observation_date on summary_observation (session_date, team_id);
create index summary_observation_session on summary_observation (session_id);

update summary_facts_state set built = false where id = 1;
