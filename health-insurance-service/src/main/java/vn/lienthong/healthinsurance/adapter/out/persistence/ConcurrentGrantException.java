package vn.lienthong.healthinsurance.adapter.out.persistence;

/**
 * A grant collided with one for the same deceased or dossier committed in the meantime. Nothing was
 * written; handling the command again finds the other grant.
 */
public class ConcurrentGrantException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentGrantException() {
        super("a concurrent funeral allowance for the same death was granted first; handle the command again");
    }
}
