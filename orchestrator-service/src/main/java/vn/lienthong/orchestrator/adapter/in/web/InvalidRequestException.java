package vn.lienthong.orchestrator.adapter.in.web;

/** A malformed request parameter; answered with a 400 problem naming it. */
public class InvalidRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageVi;

    public InvalidRequestException(String field, String messageVi, String messageEn) {
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
