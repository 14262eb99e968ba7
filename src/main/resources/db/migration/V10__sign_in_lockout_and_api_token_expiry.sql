-- Sign-in protection (issue 11). Failed sign-ins are counted per account; at the configured number
-- (default 5) the account is locked until locked_until (default 15 minutes later) and the count starts
-- again. A password an administrator set must be changed by its owner at the next sign-in.
alter table app_user add column failed_sign_ins integer default 0 not null;
alter table app_user add column locked_until timestamp with time zone;
alter table app_user add column must_change_password boolean default false not null;

-- API tokens expire: a new token gets an expiry date chosen by the administrator (90 days by default)
-- and is refused from then on. Tokens issued before this migration have none and stay valid until
-- revoked, so that running headquarters tools do not stop on the day of the upgrade.
alter table api_token add column expires_at timestamp with time zone;
