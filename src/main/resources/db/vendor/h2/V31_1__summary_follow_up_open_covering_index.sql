-- H2 only (issue 10), as V27_2: the follow-ups' index by status and due date holds every column the overdue
-- pass reads, so H2 answers it from the index alone.
drop index summary_follow_up_open;
create index summary_follow_up_open on summary_follow_up (status, due_date, team_id, site_id, agency);
