package vn.lienthong.idnumber.adapter.in.web;

public class CitizenNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CitizenNotFoundException() {
        super("No citizen has this personal ID number.");
    }
}
