-- Issue 10: each attendance row names the trainee's next row within her mission and within her team, and a
-- followed-up row her next followed-up one. A period that starts within a month reads its days before the next
-- month from the rows and the rest from the sums, and takes away once the trainees counted on both sides
-- (summary.SummaryQueries#attendanceOnBothSides). Each of them has one last row (last followed-up row) before the
-- next month whose next one lies in the period (the cell): the correction reads the rows of the days before the
-- next month alone, instead of seeking each trainee's later rows (ten years from the 16th by team at 1,000,000
-- sessions: 0.4 to 0.5 s of index seeks).
--
-- Derived data only: the model is marked unbuilt, so org.mentorlog.summary.SummaryFacts derives it again on the
-- next start, and summaries read the logs until then.
alter table summary_attendance add column next_mission date;
alter table summary_attendance add column next_team date;
alter table summary_attendance add column next_followed_mission date;
alter table summary_attendance add column next_followed_team date;

update summary_facts_state set built = false where id = 1;
