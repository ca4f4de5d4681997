-- Every step of a dossier writes its result into dossier.results. PostgreSQL can then keep the
-- new version on the same page without a new entry in any index (a heap-only update) only if no
-- indexed column changed, and an index's predicate counts as indexed. The index of dossiers whose
-- ID number awaits verification was on an expression of results and filtered by it, so every write
-- of a step's result added an entry to each of the six indexes that hold every dossier. The flag is
-- now a stored column computed from results: a write that leaves it unchanged changes no indexed
-- column.

-- Room on each page for the next version of its rows: a heap-only update needs free space on the
-- page of the version it replaces. Set first, so that the rewrite below packs the pages with it.
alter table dossier set (fillfactor = 80);

-- Adding a stored generated column rewrites the table under an exclusive lock; see
-- docs/operations.md, "Migrations that rewrite a table".
alter table dossier add column id_number_verification_pending boolean not null
    generated always as (coalesce(results -> 'idNumber' ->> 'verification' = 'PENDING', false)) stored;

drop index dossier_id_number_unverified;
create index dossier_id_number_unverified on dossier (id) where id_number_verification_pending;
