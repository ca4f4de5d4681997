package vn.lienthong.identity.adapter.in.web;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in form, Vietnamese first with English beside it (the form posts to Spring Security's
 * /login), and the page shown to someone who signed in here directly rather than from the console.
 */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String signedIn(Principal principal, Model model) {
        model.addAttribute("username", principal.getName());
        return "signed-in";
    }
}
