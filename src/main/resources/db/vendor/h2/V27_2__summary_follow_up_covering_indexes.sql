-- H2 only (issue 10), as V17_1: the follow-ups' three date indexes hold every column their family reads
-- (the team, site and agency it is counted by or filtered on, and the status and due date it is counted
-- by), so H2 answers the opened, closed and overdue passes from the index alone instead of looking each
-- row up by its id.
drop index summary_follow_up_created;
create index summary_follow_up_created on summary_follow_up (created_date, team_id, site_id, agency);
drop index summary_follow_up_closed;
create index summary_follow_up_closed on summary_follow_up (closed_date, team_id, status, due_date, site_id, agency);
drop index summary_follow_up_due;
create index summary_follow_up_due on summary_follow_up (due_date, team_id, status, site_id, agency);
