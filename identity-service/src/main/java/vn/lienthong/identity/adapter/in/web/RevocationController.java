package vn.lienthong.identity.adapter.in.web;

import java.time.Instant;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.lienthong.identity.application.port.in.ListRevocationsUseCase;
import vn.lienthong.identity.domain.Revocation;

/**
 * {@code GET /revocations}: the clients and staff accounts withdrawn within the last token
 * lifetime, each with when, which every resource server reads every few seconds to refuse their
 * earlier tokens. Open like the JWK set: it holds account names and times, nothing secret, and a
 * resource server needs no client of its own to read it.
 */
@RestController
public class RevocationController {

    private final ListRevocationsUseCase revocations;

    public RevocationController(ListRevocationsUseCase revocations) {
        this.revocations = revocations;
    }

    @GetMapping(value = "/revocations", produces = "application/json")
    public ResponseEntity<RevocationList> list() {
        List<Revocation> recent = revocations.recent();
        var list = new RevocationList(
                recent.stream().filter(r -> r.kind() == Revocation.Kind.CLIENT)
                        .map(r -> new RevokedClient(r.subject(), r.revokedAt())).toList(),
                recent.stream().filter(r -> r.kind() == Revocation.Kind.STAFF)
                        .map(r -> new RevokedStaff(r.subject(), r.revokedAt())).toList());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(list);
    }

    public record RevocationList(List<RevokedClient> clients, List<RevokedStaff> staff) {
    }

    public record RevokedClient(String clientId, Instant revokedAt) {
    }

    public record RevokedStaff(String username, Instant revokedAt) {
    }
}
