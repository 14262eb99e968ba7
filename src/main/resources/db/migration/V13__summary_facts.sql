-- The summary's read model (decision 0017): one row per counted attendance and per counted rating, with
-- the session's date (and the first day of its month, quarter and year), team and site and the trainee's
-- sex and agency carried along, and for each row the date of the trainee's previous row within her
-- mission, her team and her site. Derived data only:
-- org.mentorlog.summary.SummaryFacts fills it on start (built = false) and keeps it in step with every
-- change to sessions, follow-ups and trainees, in the same transaction.
create table summary_attendance (
    session_id             bigint       not null,
    trainee_id             bigint       not null,
    mission_id             bigint       not null,
    team_id                bigint       not null,
    site_id                bigint       not null,
    session_date           date         not null,
    month_start            date         not null,
    quarter_start          date         not null,
    year_start             date         not null,
    sex                    varchar(12)  not null,
    agency                 varchar(20)  not null,
    minutes                integer      not null,
    authority              integer      not null,
    followed_up            integer      not null,
    prev_mission           date,
    prev_team              date,
    prev_site              date,
    prev_followed_mission  date,
    prev_followed_team     date,
    prev_followed_site     date,
    primary key (session_id, trainee_id)
);
create index summary_attendance_date on summary_attendance (session_date, team_id);
create index summary_attendance_trainee on summary_attendance (trainee_id);

create table summary_rating (
    session_id             bigint       not null,
    trainee_id             bigint       not null,
    topic_id               bigint       not null,
    mission_id             bigint       not null,
    team_id                bigint       not null,
    site_id                bigint       not null,
    session_date           date         not null,
    month_start            date         not null,
    quarter_start          date         not null,
    year_start             date         not null,
    sex                    varchar(12)  not null,
    agency                 varchar(20)  not null,
    prev_mission           date,
    prev2_mission          date,
    delta_mission          integer,
    prev_team              date,
    prev2_team             date,
    delta_team             integer,
    prev_site              date,
    prev2_site             date,
    delta_site             integer,
    primary key (session_id, trainee_id, topic_id)
);
create index summary_rating_date on summary_rating (session_date, team_id);
create index summary_rating_trainee on summary_rating (trainee_id);

create table summary_facts_state (
    id                     integer      primary key,
    built                  boolean      not null
);
insert into summary_facts_state (id, built) values (1, false);
