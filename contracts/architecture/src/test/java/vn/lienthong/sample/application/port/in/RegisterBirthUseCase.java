package vn.lienthong.sample.application.port.in;

/** A use case's port that shows an outbound port, as the rules must refuse. */
public interface RegisterBirthUseCase {

    vn.lienthong.sample.application.port.out.Births births();
}
