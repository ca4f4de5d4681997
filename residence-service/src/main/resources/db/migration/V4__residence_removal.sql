-- A household whose head died while members remain needs a new head (Residence Law 2020, Art. 26):
-- marked until the members file the change; head_personal_id_number stays the former head's.
alter table household add column head_needed boolean not null default false;

-- The registrations removed because the person died (Residence Law 2020, Art. 24(1)(a)), kept for
-- good: who left which household, what they were to it, what it left behind, and the death extract
-- that is the ground. One per person, so a replayed death never removes twice. The member's row
-- is deleted from household_member in the same transaction.
create table residence_removal (
    personal_id_number        text primary key,
    household_number          text    not null references household (household_number),
    full_name                 text    not null,
    relationship_to_head      text    not null,
    was_head                  boolean not null,
    household_needs_new_head  boolean not null,
    remaining_members         integer not null check (remaining_members >= 0),
    reason                    text    not null check (reason in ('DEATH')),
    date_of_death             date    not null,
    death_extract_number      text    not null,
    dossier_id                uuid    not null,
    removed_on                date    not null,
    removed_at                timestamptz not null default now()
);
