package vn.lienthong.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules of every service's hexagon ({@code vn.lienthong.<service>.domain}, {@code .application}
 * with {@code port.in} and {@code port.out}, {@code .adapter.in.*}, {@code .adapter.out.*},
 * {@code .config}). A service's test analyses its own main classes and includes these with
 * {@code @ArchTest static final ArchTests hexagon = ArchTests.in(HexagonRules.class);}, and the
 * rules of the ports with {@link PortRules}.
 * Every rule refuses to pass on an empty selection ({@code allowEmptyShould(false)}).
 */
public final class HexagonRules {

    private static final String DOMAIN = "vn.lienthong.*.domain..";
    private static final String APPLICATION = "vn.lienthong.*.application..";
    private static final String ADAPTER = "vn.lienthong.*.adapter..";
    private static final String CONFIG = "vn.lienthong.*.config..";

    private HexagonRules() {
    }

    /** The business rules and use cases can be read, and tested, without any framework. */
    @ArchTest
    public static final ArchRule domainAndApplicationAreFrameworkFree = noClasses()
            .that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.apache.kafka..", "io.github.resilience4j..", "io.micrometer..",
                    "jakarta.persistence..", "jakarta.servlet..", "java.sql..", "javax.sql..",
                    "tools.jackson..", "com.fasterxml.jackson..", "org.mapstruct..", "com.nimbusds..",
                    "org.thymeleaf..", "vn.lienthong.messaging..", "vn.lienthong.contracts..", "vn.lienthong.web..")
            .allowEmptyShould(false);

    @ArchTest
    public static final ArchRule insideDoesNotReachForAdapters = noClasses()
            .that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTER, CONFIG)
            .allowEmptyShould(false);

    @ArchTest
    public static final ArchRule domainDoesNotKnowUseCases = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAPackage(APPLICATION)
            .allowEmptyShould(false);
}
