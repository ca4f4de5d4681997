package vn.lienthong.healthinsurance;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

import vn.lienthong.architecture.HexagonRules;
import vn.lienthong.architecture.PortRules;

/** This service is built as every service is: the shared rules of the hexagon, applied to its own classes. */
@AnalyzeClasses(packages = "vn.lienthong.healthinsurance", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests hexagon = ArchTests.in(HexagonRules.class);

    @ArchTest
    static final ArchTests ports = ArchTests.in(PortRules.class);
}
