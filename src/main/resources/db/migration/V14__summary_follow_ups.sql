-- The summary's read model gains the follow-ups (decision 0017, addendum): one row per follow-up of a
-- counted session, with its session's team and site, its trainee's agency, and the three dates the
-- follow-up families count by. The three families read it by date range instead of joining every
-- counted session of the teams to its follow-ups. Derived data only: the model is marked unbuilt, so
-- org.mentorlog.summary.SummaryFacts derives it, with the rest of the model, on the next start.
create table summary_follow_up (
    follow_up_id           bigint       primary key,
    trainee_id             bigint       not null,
    team_id                bigint       not null,
    site_id                bigint       not null,
    agency                 varchar(20)  not null,
    status                 varchar(12)  not null,
    created_date           date         not null,
    closed_date            date,
    due_date               date         not null
);
create index summary_follow_up_created on summary_follow_up (created_date, team_id);
create index summary_follow_up_closed on summary_follow_up (closed_date, team_id);
create index summary_follow_up_due on summary_follow_up (due_date, team_id);
create index summary_follow_up_trainee on summary_follow_up (trainee_id);

update summary_facts_state set built = false where id = 1;
