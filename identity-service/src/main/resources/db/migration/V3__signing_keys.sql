-- The RSA keys that sign tokens. Generated on the first start and kept here, so tokens survive a
-- restart and every instance signs with, and publishes, the same key. Whoever can read this table
-- can sign tokens: grant it to the service's database user only.
create table signing_key (
    key_id      varchar(100) not null primary key,
    algorithm   varchar(10)  not null,
    public_key  bytea        not null, -- X.509 SubjectPublicKeyInfo (DER)
    private_key bytea        not null, -- PKCS#8 (DER)
    active      boolean      not null,
    created_at  timestamptz  not null default current_timestamp
);

-- One signing key at a time: two instances starting together cannot both create one.
create unique index signing_key_one_active on signing_key (active) where active;
