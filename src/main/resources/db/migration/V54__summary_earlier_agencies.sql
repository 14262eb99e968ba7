-- Issue 10: the rows of each session and attendee agency (V21), and their sums by site, team and mission and month
-- (V40, V41, V51), name the session's agencies before the row's (alphabetically) as a set of bits instead of saying
-- whether there are none. A session counts once for several agencies at the row of the first of them it has: the
-- row of one of them none of whose earlier agencies is selected. So the sessions and observations families of two
-- agencies or more read the sums too, as one agency's do; until now they tested every session of the period for an
-- attendee of either, row by row (ten years for the police and the national guard at 100,000 sessions on H2: 155 and
-- 119 ms of 388 ms). The bits are summary.SummaryScope#agencyBit's.
--
-- Derived data only: the model is marked unbuilt, so org.mentorlog.summary.SummaryFacts derives it again on the
-- next start, and summaries read the logs until then.
alter table summary_session_agency rename column first_agency to earlier_agencies;
alter table summary_session_agency_month rename column first_agency to earlier_agencies;
alter table summary_session_agency_mission_month rename column first_agency to earlier_agencies;
alter table summary_observation_agency_month rename column first_agency to earlier_agencies;
alter table summary_observation_agency_mission_month rename column first_agency to earlier_agencies;
update summary_facts_state set built = false where id = 1;
