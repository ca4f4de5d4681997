-- The people who sign in: commune officers, commune police, provincial ops staff, administrators.
create table staff_member (
    username      varchar(64)  not null primary key,
    display_name  varchar(200) not null,
    -- A DelegatingPasswordEncoder hash: "{bcrypt}$2a$...", so the algorithm can change later.
    password_hash varchar(500) not null,
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default current_timestamp
);

create table staff_member_role (
    username varchar(64) not null references staff_member (username) on delete cascade,
    role     varchar(32) not null,
    primary key (username, role)
);

-- The communes whose dossiers an officer or commune police officer handles.
create table staff_member_commune (
    username     varchar(64) not null references staff_member (username) on delete cascade,
    commune_code varchar(5)  not null check (commune_code ~ '^[0-9]{5}$'),
    primary key (username, commune_code)
);
