package vn.lienthong.orchestrator.domain.form;

/**
 * Who actually keyed the dossier: the citizen online, an officer or helper online on the
 * citizen's behalf, or the one-stop desk. Recorded because many "online" dossiers are keyed by
 * officers.
 */
public enum Channel {
    ONLINE_SELF,
    ONLINE_ASSISTED,
    COUNTER
}
