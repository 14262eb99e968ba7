-- Issue 10: each rating row names the next two ratings of its competency within the trainee's mission and within
-- her team, and the change of level at the next one. A period that starts within a month reads its days before
-- the next month from the rows and the rest from the sums, and corrects the competencies rated on both sides
-- (summary.SummaryQueries#competencyOnBothSides). Those ratings are the last of each competency before the next
-- month, and what the correction needs of the later ratings is what these columns say: it reads the rows of the
-- days before the next month alone, instead of seeking each competency's later ratings (ten years from the 16th
-- by team at 1,000,000 sessions: about 64,000 competencies, a second of index seeks).
--
-- Derived data only: the model is marked unbuilt, so org.mentorlog.summary.SummaryFacts derives it again on the
-- next start, and summaries read the logs until then.
alter table summary_rating add column next_mission date;
alter table summary_rating add column next2_mission date;
alter table summary_rating add column next_delta_mission integer;
alter table summary_rating add column next_team date;
alter table summary_rating add column next2_team date;
alter table summary_rating add column next_delta_team integer;

update summary_facts_state set built = false where id = 1;
