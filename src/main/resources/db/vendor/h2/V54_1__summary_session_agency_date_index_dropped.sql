-- H2 only (issue 10). Since V54 the sessions and observations families of several agencies read the rows of each
-- session and agency for the days around their whole months with `agency in (…)`. H2 then takes the index V16 made
-- for one agency, (agency, session_date, session_id), and reads every row of those agencies instead of the days'
-- (one year from the 16th for the police and the national guard at 100,000 sessions: 160,000 rows, 80-165 ms for
-- a fortnight). The covering date index of V21_1 answers the same days from the index alone (2 ms, one agency as
-- well), and lookups by session use the covering index of V21_1 too. PostgreSQL scans each agency's range and keeps
-- the index.
drop index if exists summary_session_agency_date;
