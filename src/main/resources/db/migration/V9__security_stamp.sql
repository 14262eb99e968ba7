-- A signed-in session remembers the stamp its account had at sign-in. Changing the role, team,
-- missions read, export permission, enabled flag or password gives the account a new stamp, and
-- every session holding the old one is ended at its next request. Existing rows share a starting
-- value: stamps are only ever compared for one account.
alter table app_user add column security_stamp varchar(36) default 'initial' not null;
