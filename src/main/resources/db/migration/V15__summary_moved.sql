-- The read model's rows say whether the trainee had moved (issue 10): 0 when all her earlier rows of the
-- table within her mission, and this one, are at this row's site; 1 when they are all in this row's team
-- but not all at its site; 2 when some are in another team. A summary of some of several teams, or of
-- several sites, counts the trainees who never moved within what it selects from her team's or site's run
-- (their previous row there is their previous row in the selection) and only the others from the base
-- tables (summary.SummaryScope#cutsRuns). Derived data only: the model is marked unbuilt, so
-- org.mentorlog.summary.SummaryFacts derives it again on the next start.
alter table summary_attendance add column moved integer default 0 not null;
alter table summary_rating add column moved integer default 0 not null;
create index summary_attendance_moved on summary_attendance (moved, session_date, team_id, site_id, trainee_id);
create index summary_rating_moved on summary_rating (moved, session_date, team_id, site_id, trainee_id);

update summary_facts_state set built = false where id = 1;
