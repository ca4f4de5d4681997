-- Who started a bulk replay, by display name too: the dossiers' history names them as
-- "display name (subject)". Null for jobs started before.
alter table replay_job add column operator_name text;
