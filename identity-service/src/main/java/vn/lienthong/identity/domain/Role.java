package vn.lienthong.identity.domain;

/** What a token's holder is, as the APIs check it (claim {@code roles}). */
public enum Role {
    /** The national public-service portal: submits and tracks dossiers. */
    PORTAL,
    /** A commune civil-status officer (công chức tư pháp – hộ tịch), for the communes bound to them. */
    COMMUNE_OFFICER,
    /** A commune police officer (công an xã), for the communes bound to them. */
    COMMUNE_POLICE,
    /** Provincial operations staff: replays, pauses, dead letters. */
    OPS,
    /** Administers accounts and clients. */
    ADMIN,
    /** One of the system's own services calling another. */
    SERVICE,
    /** Scrapes metrics. */
    MONITORING;

    /** Whether a holder of this role acts only for the communes bound to them. */
    public boolean boundToCommunes() {
        return this == COMMUNE_OFFICER || this == COMMUNE_POLICE;
    }
}
