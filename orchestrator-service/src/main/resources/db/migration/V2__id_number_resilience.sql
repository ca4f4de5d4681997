-- Set once the parents were found in the population database as declared (or an officer
-- confirmed them), so later attempts do not look them up again.
alter table dossier add column parents_verified boolean not null default false;

-- Dossiers whose manually recorded ID number still has to be checked against the population
-- database.
create index dossier_id_number_unverified on dossier ((results -> 'idNumber' ->> 'verification'))
    where results -> 'idNumber' ->> 'verification' = 'PENDING';
