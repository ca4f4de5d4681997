package vn.lienthong.civilregistry.adapter.in.web;

public class DeathRegistrationNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DeathRegistrationNotFoundException() {
        super("No death is registered under this number.");
    }
}
