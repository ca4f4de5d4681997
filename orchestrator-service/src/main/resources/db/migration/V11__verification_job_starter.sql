-- Who started each verification job (the subject of their access token): only they read its
-- items (names and dates of birth); besides them, only an administrator sees the job. Jobs started
-- before this column have no starter, so no one reads their items.
alter table verification_job add column started_by text;
-- A job stopped before its end: by whom and why (the audit log has the same).
alter table verification_job add column cancelled_by text;
alter table verification_job add column cancel_reason text;
