-- Which procedure a dossier follows (its declaration in domain/procedure). Dossiers received before
-- procedures were recorded are all 3-in-1 dossiers.
alter table dossier add column procedure text not null default 'THREE_IN_ONE';
