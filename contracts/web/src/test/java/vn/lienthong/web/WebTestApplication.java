package vn.lienthong.web;

import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.lienthong.rules.access.Caller;
import vn.lienthong.rules.access.Role;
import vn.lienthong.web.security.ApiSecurity;

/** A small API behind the shared door, as a service would have. */
@SpringBootApplication
class WebTestApplication {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ApiSecurity api) throws Exception {
        return api.chain(http, rules -> rules
                .requestMatchers("/people", "/bulk", "/broken").authenticated()
                .requestMatchers("/ops-only").hasRole(Role.OPS.name()));
    }

    record Person(String fullName, Integer age, Boolean married, Kind kind, Address address, List<String> nicknames,
                  tools.jackson.databind.JsonNode extra) {
    }

    record Address(String line) {
    }

    enum Kind { CHILD, ADULT }

    @RestController
    static class EchoController {

        @PostMapping("/people")
        Person echo(@RequestBody Person person) {
            return person;
        }

        @PostMapping("/bulk")
        Map<String, Integer> bulk(@RequestBody List<String> items) {
            return Map.of("count", items.size());
        }

        @GetMapping("/people")
        Map<String, Object> find(@RequestParam String name, @RequestParam(defaultValue = "0") int page) {
            return Map.of("name", name, "page", page);
        }

        @GetMapping("/ops-only")
        Map<String, Object> opsOnly(Caller caller) {
            return Map.of("subject", caller.subject(), "name", caller.displayName(), "role", caller.mainRole());
        }

        @GetMapping("/unruled")
        String unruled() {
            return "never";
        }

        @GetMapping("/broken")
        String broken() {
            throw new IllegalStateException("secret value 070198001234");
        }
    }
}
