package vn.lienthong.idnumber;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain and the use cases know nothing of frameworks, transports or storage. */
@AnalyzeClasses(packages = "vn.lienthong.idnumber", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainAndApplicationAreFrameworkFree = noClasses()
            .that().resideInAnyPackage("..idnumber.domain..", "..idnumber.application..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.apache.kafka..", "io.github.resilience4j..", "io.micrometer..",
                    "jakarta.persistence..", "tools.jackson..", "com.fasterxml.jackson..", "org.mapstruct..",
                    "vn.lienthong.messaging..", "vn.lienthong.contracts..");

    @ArchTest
    static final ArchRule insideDoesNotReachForAdapters = noClasses()
            .that().resideInAnyPackage("..idnumber.domain..", "..idnumber.application..")
            .should().dependOnClassesThat().resideInAnyPackage("..idnumber.adapter..", "..idnumber.config..");

    @ArchTest
    static final ArchRule domainDoesNotKnowUseCases = noClasses()
            .that().resideInAPackage("..idnumber.domain..")
            .should().dependOnClassesThat().resideInAPackage("..idnumber.application..");

    /** The web adapter stays thin: it reaches the use cases through their ports, never storage. */
    @ArchTest
    static final ArchRule webAdapterUsesPortsOnly = noClasses()
            .that().resideInAPackage("..idnumber.adapter.in.web..")
            .should().dependOnClassesThat().resideInAnyPackage("..idnumber.adapter.out..",
                    "..idnumber.application.port.out..", "org.springframework.jdbc..");
}
