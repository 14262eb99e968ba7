-- The read model gains its sessions' attendee agencies (issue 10): one row per counted session and agency
-- of a registered trainee who was there. An agency filter picks a session by its rows of a selected
-- agency, and the agency breakdown counts it once per row, instead of testing the attendance of every
-- session of the period for a trainee of the agency. Derived data only: the model is marked unbuilt, so
-- org.mentorlog.summary.SummaryFacts derives it, with the rest of the model, on the next start.
create table summary_session_agency (
    session_id             bigint       not null,
    agency                 varchar(20)  not null,
    session_date           date         not null,
    primary key (session_id, agency)
);
create index summary_session_agency_date on summary_session_agency (agency, session_date, session_id);

update summary_facts_state set built = false where id = 1;
