package vn.lienthong.identity.application.port.in;

import java.util.Optional;

public interface FindSignInAccountUseCase {

    Optional<SignInAccount> forSignIn(String username);
}
