package vn.lienthong.civilregistry.adapter.in.web;

public class BirthRegistrationNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BirthRegistrationNotFoundException() {
        super("No birth is registered under this number.");
    }
}
