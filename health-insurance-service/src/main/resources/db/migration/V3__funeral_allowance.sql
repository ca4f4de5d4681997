-- What social insurance knows of each person, keyed by the personal ID number (the insured person's
-- identifier since the 2024 Social Insurance Law): months of compulsory and of voluntary
-- contributions over their life, a monthly benefit (pension, or the monthly work-accident allowance)
-- and since when, and another scheme they are on, as the social-affairs database shares it.
create table social_insurance_record (
    personal_id_number     text primary key check (personal_id_number ~ '^[0-9]{12}$'),
    compulsory_months      integer not null default 0 check (compulsory_months >= 0),
    voluntary_months       integer not null default 0 check (voluntary_months >= 0),
    monthly_benefit        text check (monthly_benefit in ('PENSION', 'WORK_ACCIDENT_ALLOWANCE')),
    monthly_benefit_since  date,
    other_scheme           text check (other_scheme in ('SOCIAL_PROTECTION', 'MERITORIOUS_PERSON', 'SOCIAL_PENSION')),
    constraint social_insurance_record_benefit_since
        check ((monthly_benefit is null) = (monthly_benefit_since is null))
);

-- Funeral allowances granted, one per deceased (paid once, Social Insurance Law 2024, Art. 85), with
-- the claim as decided, the reference level used and what was said about survivors' benefits, so
-- the same dossier asking again gets the same answer. The bank account is kept to pay; never logged.
create table funeral_allowance (
    deceased_personal_id_number    text primary key,
    dossier_id                     uuid    not null unique,
    deceased_full_name             text    not null,
    date_of_death                  date    not null,
    cause_category                 text    not null,
    declared_dead_by_court         boolean not null,
    death_extract_number           text    not null,
    application_date               date    not null,
    amount_vnd                     bigint  not null check (amount_vnd > 0),
    reference_level_vnd            bigint  not null,
    reference_level_effective_from date    not null,
    reference_level_basis          text,
    multiple                       integer not null,
    qualification                  text    not null,
    legal_basis                    text    not null,
    beneficiary_full_name          text    not null,
    beneficiary_personal_id_number text,
    beneficiary_relationship       text    not null,
    payment_method                 text    not null,
    bank_code                      text,
    account_number                 text,
    account_holder                 text,
    late_claim                     boolean not null,
    late_claim_explanation         text,
    survivors_requested            boolean not null,
    survivors_monthly              boolean not null,
    survivors_one_time             boolean not null,
    survivors_legal_basis          text    not null,
    survivors_needed_documents     text[]  not null,
    survivors_message_vi           text    not null,
    survivors_message_en           text    not null,
    decided_on                     date    not null,
    decided_at                     timestamptz not null default now(),
    constraint funeral_allowance_amount check (amount_vnd = multiple * reference_level_vnd)
);

-- The death group's example dossier (deploy/src/main/resources/examples/dossier-death.json): Điểu Văn
-- Brơi, head of household HK-25450-000002, retired on a pension in 2020 after 32 years of work.
insert into social_insurance_record (personal_id_number, compulsory_months, voluntary_months, monthly_benefit,
                                     monthly_benefit_since) values
    ('070060001122', 384, 0, 'PENSION', '2020-06-01');
