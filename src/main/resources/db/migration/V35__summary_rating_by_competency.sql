-- Issue 10: a period that starts within a month reads the read model's sums from the next month on, and looks
-- up the next two ratings of each competency rated before it (summary.SummaryQueries#competencyOnBothSides): by
-- trainee, competency and date. The same index still finds a trainee's ratings from a date on, as every change
-- derives them again (V19), now among all of hers.
drop index summary_rating_trainee;
create index summary_rating_trainee on summary_rating (trainee_id, topic_id, session_date);
