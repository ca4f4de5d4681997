package vn.lienthong.civilregistry.adapter.out.persistence;

/**
 * A registration collided with one committed in the meantime (same child, same dossier or same
 * register entry). Nothing was written; handling the command again finds the other registration.
 * Carries only the constraint's name: the database's own message quotes the key values, which
 * are personal data and must not reach a log or a dead-letter header.
 */
public class ConcurrentRegistrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentRegistrationException(String constraint) {
        super("a concurrent registration took the same key first (" + constraint + "); handle the command again");
    }
}
