package vn.lienthong.identity.application.port.out;

/** Turns a password into the hash that is stored, never the password itself. */
public interface PasswordHashing {

    String hash(String password);
}
