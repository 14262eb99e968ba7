-- The offline field app (docs/decisions/0014-offline-field-app.md). A tablet names every log and every
-- trainee it creates with an id of its own, so that an upload retried after a lost answer finds the record
-- it already made instead of making a second one. A log also remembers the last change from a tablet that
-- it took, so that the same change sent twice is applied once.
alter table training_session add column client_id varchar(36);
alter table training_session add column last_change_id varchar(36);
update training_session set client_id = 'server-' || cast(id as varchar(20));
create unique index training_session_client_id on training_session (client_id);

alter table trainee add column client_id varchar(36);
create unique index trainee_client_id on trainee (client_id);
