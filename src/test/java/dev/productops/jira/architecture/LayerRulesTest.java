package dev.productops.jira.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchUnitRunner;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.runner.RunWith;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The hexagonal layering of docs/architecture: enforced, not hoped for. */
@RunWith(ArchUnitRunner.class)
@AnalyzeClasses(packages = "dev.productops.jira", importOptions = ImportOption.DoNotIncludeTests.class)
public class LayerRulesTest {

    @ArchTest
    public static final ArchRule domainKnowsNoFrameworkNorHost = noClasses()
            .that().resideInAPackage("dev.productops.jira.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.atlassian..", "org.ofbiz..", "net.java.ao..", "javax.ws.rs..", "javax.servlet..",
                    "dev.productops.jira.application..", "dev.productops.jira.adapter..")
            .because("domain code knows nothing of Jira, Active Objects or JAX-RS");

    @ArchTest
    public static final ArchRule applicationUsesPortsNotAdapters = noClasses()
            .that().resideInAPackage("dev.productops.jira.application..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.atlassian..", "org.ofbiz..", "net.java.ao..", "javax.ws.rs..", "javax.servlet..", "dev.productops.jira.adapter..")
            .because("use cases reach Jira and storage only through ports");

    @ArchTest
    public static final ArchRule onlyTheJiraAdapterTouchesJira = noClasses()
            .that().resideOutsideOfPackage("dev.productops.jira.adapter.jira..")
            .should().dependOnClassesThat().resideInAnyPackage("com.atlassian.jira..", "org.ofbiz..")
            .because("one package talks to Jira, so a Jira API change is fixed in one place");

    @ArchTest
    public static final ArchRule onlyPersistenceTouchesActiveObjects = noClasses()
            .that().resideOutsideOfPackage("dev.productops.jira.adapter.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("net.java.ao..", "com.atlassian.activeobjects..",
                    "com.atlassian.sal.api.rdbms..")
            .because("our tables are read and written in one package, with AO or with plain SQL");

    @ArchTest
    public static final ArchRule adaptersDoNotCallEachOther = noClasses()
            .that().resideInAnyPackage("dev.productops.jira.adapter.rest..", "dev.productops.jira.adapter.web..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.productops.jira.adapter.persistence..");
}
