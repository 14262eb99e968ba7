-- The read model gains competency ratings summed by year and by month (issue 10).
--
-- summary_rating_year: one row per mission, team, year, agency, sex and competency and per previous and
-- second previous rating within the trainee's mission and her team, each named by its year if it is the
-- row's year and else by its month; with the number of ratings and their summed changes of level. A
-- period that starts on the first of a month, without sites and without trainees moving between the
-- selected teams, judges such a rating against the period, a team or an agency, and a year, by those
-- alone, so its whole years are read from these rows (ten years at 100,000 sessions: 497,000 instead of
-- 1,520,000) and the months around them from summary_rating.
--
-- summary_rating_month: the same by month, of the ratings whose previous rating within the mission
-- lies in their month, each earlier rating named by that month if it lies in it and else by
-- nothing. Only those ratings add to the figures of a month's cell, so a breakdown by month reads its
-- whole months' cells from these rows (ten years: 114,000) and its total from the yearly ones.
--
-- Derived data only: the model is marked unbuilt, so org.mentorlog.summary.SummaryFacts derives both,
-- with the rest of the model, on the next start.
create table summary_rating_year (
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
create index summary_rating_year_date on summary_rating_year (year_start, team_id);

create table summary_rating_month (
    mission_id             bigint       not null,
    team_id                bigint       not null,
    month_start            date         not null,
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
create index summary_rating_month_date on summary_rating_month (month_start, team_id);

update summary_facts_state set built = false where id = 1;

-- A trainee's rows from a date on are what every change derives again (and now sums before and after):
-- found by her id and the date at once, instead of her rows and the date's rows of everyone, joined.
drop index summary_attendance_trainee;
create index summary_attendance_trainee on summary_attendance (trainee_id, session_date);
drop index summary_rating_trainee;
create index summary_rating_trainee on summary_rating (trainee_id, session_date);
