package vn.lienthong.idnumber.adapter.in.web;

/** The request id was answered before for other data; answered with a 409 problem. */
public class RequestIdReusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageVi;

    /** A request id used before for another birth. */
    public RequestIdReusedException() {
        this("Mã yêu cầu này đã được dùng cho một khai sinh khác.", "This request id was already used for different birth data.");
    }

    public RequestIdReusedException(String messageVi, String messageEn) {
        super(messageEn);
        this.messageVi = messageVi;
    }

    public String messageVi() {
        return messageVi;
    }
}
