package vn.lienthong.rules.access;

/** The roles an access token's {@code roles} claim may carry; docs/security.md says who holds each. */
public enum Role {
    /** The national public-service portal: submits dossiers, reads and supplements its own. */
    PORTAL,
    /** A commune civil-status officer (công chức tư pháp – hộ tịch), for the communes in the token. */
    COMMUNE_OFFICER,
    /** A commune police officer (công an xã), for the communes in the token. */
    COMMUNE_POLICE,
    /** Provincial operations staff: the ops API. */
    OPS,
    /** Administers the system: fault simulation, agencies. */
    ADMIN,
    /** One of the system's own services calling another. */
    SERVICE,
    /** A metrics scraper. */
    MONITORING
}
