package vn.lienthong.healthinsurance.adapter.in.web;

public class CardNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CardNotFoundException() {
        super("No card is issued to this personal ID number.");
    }
}
