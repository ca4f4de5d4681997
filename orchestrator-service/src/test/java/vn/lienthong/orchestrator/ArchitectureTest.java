package vn.lienthong.orchestrator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain and the use cases know nothing of frameworks, transports or storage. */
@AnalyzeClasses(packages = "vn.lienthong.orchestrator", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainAndApplicationAreFrameworkFree = noClasses()
            .that().resideInAnyPackage("..orchestrator.domain..", "..orchestrator.application..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.apache.kafka..", "io.github.resilience4j..", "io.micrometer..",
                    "jakarta.persistence..", "tools.jackson..", "com.fasterxml.jackson..", "org.mapstruct..",
                    "vn.lienthong.messaging..", "vn.lienthong.contracts..");

    @ArchTest
    static final ArchRule insideDoesNotReachForAdapters = noClasses()
            .that().resideInAnyPackage("..orchestrator.domain..", "..orchestrator.application..")
            .should().dependOnClassesThat().resideInAnyPackage("..orchestrator.adapter..", "..orchestrator.config..");

    @ArchTest
    static final ArchRule domainDoesNotKnowUseCases = noClasses()
            .that().resideInAPackage("..orchestrator.domain..")
            .should().dependOnClassesThat().resideInAPackage("..orchestrator.application..");
}
