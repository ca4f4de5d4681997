package vn.lienthong.civilregistry.adapter.in.web;

/** A request field that is malformed; answered with a 400 problem naming the field. */
public class InvalidFieldException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageVi;

    public InvalidFieldException(String field, String messageVi, String messageEn) {
        super(messageEn);
        this.field = field;
        this.messageVi = messageVi;
    }

    public String field() {
        return field;
    }

    public String messageVi() {
        return messageVi;
    }
}
