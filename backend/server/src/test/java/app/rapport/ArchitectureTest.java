package app.rapport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import app.rapport.testing.TimeRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules of the codebase's shape (STYLE.md), checked on every build. */
@AnalyzeClasses(packages = "app.rapport", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule features_do_not_depend_on_each_other_in_cycles =
            slices().matching("app.rapport.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule only_tenancy_touches_connections_and_datasources = noClasses()
            .that()
            .resideOutsideOfPackage("app.rapport.platform.tenant..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.sql.Connection")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("javax.sql.DataSource");

    @ArchTest
    static final ArchRule the_server_never_touches_vaadin =
            noClasses().should().dependOnClassesThat().resideInAPackage("com.vaadin..");

    @ArchTest
    static final ArchRule feature_services_do_not_speak_http = noClasses()
            .that()
            .haveSimpleNameNotEndingWith("Controller")
            .and()
            .haveNameNotMatching(".*\\.\\$.*")
            .and()
            .resideInAPackage("app.rapport.client..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.micronaut.http.annotation..");

    @ArchTest
    static final ArchRule time_comes_from_the_tenants_clock = TimeRules.noServerZone(
            "every today, due date and date shown is the tenant's: use the injected Clock (its zone is the tenant's)"
                    + " or LocalDate.now(clock)");
}
