package vn.lienthong.residence.adapter.out.persistence;

/**
 * A removal collided with one of the same person committed in the meantime. Nothing was written;
 * handling the command again finds the other removal. Carries no value: ID numbers stay out of logs.
 */
public class ConcurrentRemovalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentRemovalException() {
        super("a concurrent removal of the same person was recorded first; handle the command again");
    }
}
