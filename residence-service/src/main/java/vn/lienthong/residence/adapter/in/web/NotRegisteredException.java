package vn.lienthong.residence.adapter.in.web;

/** Nothing in the register answers the request; answered with a 404 problem. */
public class NotRegisteredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageVi;

    public NotRegisteredException(String messageVi, String messageEn) {
        super(messageEn);
        this.messageVi = messageVi;
    }

    public String messageVi() {
        return messageVi;
    }
}
