package vn.lienthong.identity.application.port.in;

import java.util.List;

import vn.lienthong.identity.domain.Revocation;

/**
 * The withdrawals a resource server must know: those of the last access-token lifetime, since a
 * token issued before an older one has expired anyway.
 */
public interface ListRevocationsUseCase {

    List<Revocation> recent();
}
