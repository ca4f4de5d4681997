package vn.lienthong.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;

/** The shared rules find what they exist for, and refuse to pass on a package that is not there. */
class RulesCanFailTest {

    private static final JavaClasses SAMPLE = new ClassFileImporter().importPackages("vn.lienthong.sample");
    private static final JavaClasses NOTHING = new ClassFileImporter().importPackages("vn.lienthong.nosuchservice");

    @Test
    void aDomainClassThatReachesForStorageIsRefused() {
        assertThat(HexagonRules.insideDoesNotReachForAdapters.evaluate(SAMPLE).hasViolation()).isTrue();
    }

    @Test
    void everyPortRuleFindsItsViolation() {
        for (ArchRule rule : List.of(PortRules.webAdapterUsesPortsOnly, PortRules.outboundAdaptersDoNotCallUseCases,
                PortRules.useCasePortsDoNotShowOutboundPorts, PortRules.configurationImplementsNoPort)) {
            assertThat(rule.evaluate(SAMPLE).hasViolation()).as(rule.getDescription()).isTrue();
        }
    }

    @Test
    void aRuleThatMatchesNoClassFails() {
        for (ArchRule rule : List.of(HexagonRules.domainAndApplicationAreFrameworkFree,
                HexagonRules.insideDoesNotReachForAdapters, HexagonRules.domainDoesNotKnowUseCases,
                PortRules.webAdapterUsesPortsOnly, PortRules.outboundAdaptersDoNotCallUseCases,
                PortRules.useCasePortsDoNotShowOutboundPorts, PortRules.configurationImplementsNoPort)) {
            assertThatThrownBy(() -> rule.check(NOTHING)).as(rule.getDescription()).isInstanceOf(AssertionError.class);
        }
    }
}
