package vn.lienthong.civilregistry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain and the use cases know nothing of frameworks, transports or storage. */
@AnalyzeClasses(packages = "vn.lienthong.civilregistry", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainAndApplicationAreFrameworkFree = noClasses()
            .that().resideInAnyPackage("..civilregistry.domain..", "..civilregistry.application..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.apache.kafka..", "io.github.resilience4j..", "io.micrometer..",
                    "jakarta.persistence..", "tools.jackson..", "com.fasterxml.jackson..", "org.mapstruct..",
                    "vn.lienthong.messaging..", "vn.lienthong.contracts..");

    @ArchTest
    static final ArchRule insideDoesNotReachForAdapters = noClasses()
            .that().resideInAnyPackage("..civilregistry.domain..", "..civilregistry.application..")
            .should().dependOnClassesThat().resideInAnyPackage("..civilregistry.adapter..", "..civilregistry.config..");

    @ArchTest
    static final ArchRule domainDoesNotKnowUseCases = noClasses()
            .that().resideInAPackage("..civilregistry.domain..")
            .should().dependOnClassesThat().resideInAPackage("..civilregistry.application..");
}
