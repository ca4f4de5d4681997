package vn.lienthong.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * How the adapters and the ports meet: an inbound adapter calls a use case through its port
 * ({@code application.port.in}) and never storage; an outbound adapter implements a port of
 * {@code application.port.out} and never calls a use case; a use case's port shows nothing of the
 * outbound ports, so a caller depends on what it may ask only. Included by a service's
 * {@code ArchitectureTest} beside {@link HexagonRules}; every rule refuses an empty selection.
 */
public final class PortRules {

    private static final String PORT_IN = "vn.lienthong.*.application.port.in..";
    private static final String PORT_OUT = "vn.lienthong.*.application.port.out..";
    private static final String ADAPTER_IN_WEB = "vn.lienthong.*.adapter.in.web..";
    private static final String ADAPTER_OUT = "vn.lienthong.*.adapter.out..";
    private static final String CONFIG = "vn.lienthong.*.config..";

    private PortRules() {
    }

    /** The web adapter stays thin: it reaches the use cases through their ports, never storage. */
    @ArchTest
    public static final ArchRule webAdapterUsesPortsOnly = noClasses()
            .that().resideInAPackage(ADAPTER_IN_WEB)
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTER_OUT, PORT_OUT, "org.springframework.jdbc..")
            .allowEmptyShould(false);

    /** What an outside system says comes in through an inbound adapter; an outbound adapter only carries out. */
    @ArchTest
    public static final ArchRule outboundAdaptersDoNotCallUseCases = noClasses()
            .that().resideInAPackage(ADAPTER_OUT)
            .should().dependOnClassesThat().resideInAPackage(PORT_IN)
            .allowEmptyShould(false);

    /** A use case's interface says what the caller may ask, not how it is carried out. */
    @ArchTest
    public static final ArchRule useCasePortsDoNotShowOutboundPorts = noClasses()
            .that().resideInAPackage(PORT_IN)
            .should().dependOnClassesThat().resideInAPackage(PORT_OUT)
            .allowEmptyShould(false);

    /** {@code config} wires; what carries out a port is an adapter and lives with the adapters. */
    @ArchTest
    public static final ArchRule configurationImplementsNoPort = noClasses()
            .that().resideInAPackage(CONFIG)
            .should().implement(resideInAPackage(PORT_OUT))
            .allowEmptyShould(false);
}
