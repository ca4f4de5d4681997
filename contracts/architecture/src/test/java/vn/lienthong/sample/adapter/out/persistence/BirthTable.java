package vn.lienthong.sample.adapter.out.persistence;

/** An outbound adapter that calls a use case, as the rules must refuse. */
public record BirthTable(vn.lienthong.sample.application.port.in.RegisterBirthUseCase useCase)
        implements vn.lienthong.sample.application.port.out.Births {
}
