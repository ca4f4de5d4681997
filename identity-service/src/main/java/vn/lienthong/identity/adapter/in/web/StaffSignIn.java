package vn.lienthong.identity.adapter.in.web;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import vn.lienthong.identity.application.port.in.FindSignInAccountUseCase;
import vn.lienthong.identity.domain.Role;

/** Looks a staff member up for the sign-in form; a disabled member cannot sign in. */
public class StaffSignIn implements UserDetailsService {

    private final FindSignInAccountUseCase accounts;

    public StaffSignIn(FindSignInAccountUseCase accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.forSignIn(username)
                .map(account -> User.withUsername(account.member().username())
                        .password(account.passwordHash())
                        .disabled(!account.member().enabled())
                        .roles(account.member().roles().stream().map(Role::name).toArray(String[]::new))
                        .build())
                // The page says only "wrong username or password": it does not tell which.
                .orElseThrow(() -> new UsernameNotFoundException("no such staff member"));
    }
}
