-- Issue 10: each rating row of the read model carries its level. Where a filter of several sites (or teams) cuts
-- the runs the rows' changes are judged within, and most trainees moved between the selected sites, the per-trainee
-- families were counted from the base tables (two sites of a team, ten years by month, at 100,000 sessions on H2:
-- competency 236 ms, attendance 138 ms of 408 ms). They now read the rows of the selection's sessions and fold them
-- per trainee (summary.SummaryFolds), which takes each rating's level.
--
-- The level is copied from the ratings the rows were derived from. A row without one (the model out of step with
-- the logs, which a transaction keeps from happening) marks the model unbuilt, so it is derived again on the next
-- start.
alter table summary_rating add column level integer;
update summary_rating s set level = (select cr.level from competency_rating cr where cr.session_id = s.session_id
    and cr.trainee_id = s.trainee_id and cr.topic_id = s.topic_id);
update summary_facts_state set built = false
    where id = 1 and exists (select 1 from summary_rating where level is null);
