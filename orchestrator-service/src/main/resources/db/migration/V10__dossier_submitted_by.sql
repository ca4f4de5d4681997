-- The client whose token submitted the dossier: the portal may read and supplement only its own.
alter table dossier add column submitted_by text;
create index dossier_by_submitter on dossier (submitted_by, received_at desc);
