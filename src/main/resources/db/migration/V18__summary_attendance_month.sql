-- The read model gains each trainee's attendance by month (issue 10): one row per trainee, team and month
-- she attended, with her sessions, minutes and authority roles there, whether one of them was followed
-- up, and the month of her previous row within her mission and her team (and of her previous followed-up
-- row). A summary whose period starts on the first of a month, without sites, reads whole months from it
-- (five years at 100,000 sessions: 134,000 rows instead of 381,000) and only a last, unfinished month
-- from summary_attendance. Derived data only: the model is marked unbuilt, so
-- org.mentorlog.summary.SummaryFacts derives it, with the rest of the model, on the next start.
create table summary_attendance_month (
    trainee_id             bigint       not null,
    team_id                bigint       not null,
    month_start            date         not null,
    mission_id             bigint       not null,
    quarter_start          date         not null,
    year_start             date         not null,
    sex                    varchar(12)  not null,
    agency                 varchar(20)  not null,
    sessions               integer      not null,
    minutes                integer      not null,
    authority              integer      not null,
    followed_up            integer      not null,
    prev_mission           date,
    prev_team              date,
    prev_followed_mission  date,
    prev_followed_team     date,
    primary key (trainee_id, team_id, month_start)
);
create index summary_attendance_month_date on summary_attendance_month (month_start, team_id);

update summary_facts_state set built = false where id = 1;
