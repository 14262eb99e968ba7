-- The read model's follow-ups gain an index by status and due date (issue 10). The overdue pass reads the
-- follow-ups still open (open or in progress) that fell due in the period; by due date alone it read every
-- follow-up of the period to keep the sixth still open. Five years by team at 1,000,000 sessions, psql:
-- 76-99 ms (a parallel scan of the whole table) before, 10-21 ms after.
create index summary_follow_up_open on summary_follow_up (status, due_date, team_id);
