package vn.lienthong.identity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain and the use cases know nothing of frameworks, transports or storage. */
@AnalyzeClasses(packages = "vn.lienthong.identity", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainAndApplicationAreFrameworkFree = noClasses()
            .that().resideInAnyPackage("..identity.domain..", "..identity.application..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "com.nimbusds..", "io.micrometer..", "jakarta.servlet..",
                    "tools.jackson..", "com.fasterxml.jackson..", "java.sql..", "javax.sql..",
                    "org.thymeleaf..", "vn.lienthong.messaging..", "vn.lienthong.contracts..");

    @ArchTest
    static final ArchRule insideDoesNotReachForAdapters = noClasses()
            .that().resideInAnyPackage("..identity.domain..", "..identity.application..")
            .should().dependOnClassesThat().resideInAnyPackage("..identity.adapter..", "..identity.config..");

    @ArchTest
    static final ArchRule domainDoesNotKnowUseCases = noClasses()
            .that().resideInAPackage("..identity.domain..")
            .should().dependOnClassesThat().resideInAPackage("..identity.application..");
}
