package dev.productops.jira.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchUnitRunner;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.runner.RunWith;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
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
                    "com.atlassian..", "org.ofbiz..", "net.java.ao..", "javax.ws.rs..", "javax.servlet..", "jakarta.ws.rs..",
                    "jakarta.servlet..", "com.fasterxml.jackson..", "dev.productops.jira.adapter..")
            .because("use cases reach Jira and storage only through ports, and HTTP and JSON are the REST adapter's");

    @ArchTest
    public static final ArchRule useCasesTakeTypedInput = methods()
            .that().arePublic().and().areDeclaredInClassesThat().resideInAPackage("dev.productops.jira.application..")
            .and().areDeclaredInClassesThat().areNotInterfaces().and().areDeclaredInClassesThat().areNotRecords()
            .should(new ArchCondition<JavaMethod>("take at most one String") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    long strings = method.getRawParameterTypes().stream().filter(t -> t.isEquivalentTo(String.class)).count();
                    if (strings > 1) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName() + " takes " + strings + " Strings"));
                    }
                }
            })
            .because("several raw strings are an HTTP request in disguise: a use case takes a command or query record "
                    + "that the REST adapter parsed, so the use case can be called and tested without HTTP");

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

    @ArchTest
    public static final ArchRule applicationBuildsNoUrls = noClasses()
            .that().resideInAPackage("dev.productops.jira.application..")
            .should().dependOnClassesThat().haveFullyQualifiedName("java.net.URLEncoder")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URI")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URL")
            .because("links and their encoding are the REST adapter's: a use case answers with keys, days and projects");

    @ArchTest
    public static final ArchRule applicationAnswersWithTypes = classes()
            .that().resideInAPackage("dev.productops.jira.application..")
            .should(new ArchCondition<JavaClass>("hold, take and return no Map<String, Object>") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    for (JavaField field : type.getFields()) {
                        report(events, type, field.getType(), "field " + field.getName());
                    }
                    for (JavaMethod method : type.getMethods()) {
                        report(events, type, method.getReturnType(), "return of " + method.getName());
                        method.getParameterTypes().forEach(p -> report(events, type, p, "parameter of " + method.getName()));
                    }
                }
            })
            .because("a JSON-shaped map hides what a use case answers; records say it, and the REST adapter writes the JSON");

    private static void report(ConditionEvents events, JavaClass owner, JavaType type, String where) {
        if (mentionsStringObjectMap(type)) {
            events.add(SimpleConditionEvent.violated(owner, owner.getName() + ": " + where + " is " + type.getName()
                    + " with Object values"));
        }
    }

    private static boolean mentionsStringObjectMap(JavaType type) {
        if (!(type instanceof JavaParameterizedType parameterized)) {
            return false;
        }
        var arguments = parameterized.getActualTypeArguments();
        boolean objectValues = type.toErasure().isAssignableTo(java.util.Map.class) && arguments.size() == 2
                && arguments.get(1).toErasure().getName().equals(Object.class.getName());
        return objectValues || arguments.stream().anyMatch(LayerRulesTest::mentionsStringObjectMap);
    }
}
