-- Exporting summaries is its own permission, granted per account by an administrator.
alter table app_user add column can_export boolean default false not null;
