-- Mission summaries: a trainee's follow-ups by creation time (followed up within 90 days of a session),
-- and counted sessions by date across all teams (headquarters without a team filter).
create index follow_up_trainee_created on follow_up_action (trainee_id, created_at);
create index training_session_date on training_session (session_date, status);
