package vn.lienthong.idnumber.application.port.out;

import java.util.Optional;

import vn.lienthong.idnumber.domain.Commune;

/** The communes where births are registered. */
public interface Communes {

    Optional<Commune> find(String code);
}
