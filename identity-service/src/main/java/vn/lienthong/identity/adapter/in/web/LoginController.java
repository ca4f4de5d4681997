package vn.lienthong.identity.adapter.in.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form, Vietnamese first with English beside it; the form posts to Spring Security's /login. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
