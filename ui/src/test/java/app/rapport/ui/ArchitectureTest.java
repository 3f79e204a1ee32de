package app.rapport.ui;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import app.rapport.testing.TimeRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The UI's shape: every "today" and every date it shows is the tenant's, never the UI server's; its features do not
 * depend on each other in cycles; it reaches data only through the API's typed clients, called through
 * {@code ui.platform.api.Api} — never a raw HTTP client, never a database.
 */
@AnalyzeClasses(packages = "app.rapport.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule time_comes_from_the_tenants_zone =
            TimeRules.noServerZone("use TenantTime.today(), TenantTime.now() and Formats (the workspace's time zone)");

    @ArchTest
    static final ArchRule features_do_not_depend_on_each_other_in_cycles = slices().matching("app.rapport.ui.(*)..")
            .should()
            .beFreeOfCycles()
            // the main layout is the composition root: its menu names every feature's view
            .ignoreDependency(resideInAPackage("app.rapport.ui.platform.layout.."), alwaysTrue());

    @ArchTest
    static final ArchRule data_comes_only_through_the_typed_clients = noClasses()
            .that()
            .resideOutsideOfPackages("app.rapport.ui.platform..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.micronaut.http.client..", "java.net.http..", "java.sql..", "javax.sql..")
            .because("views call the typed clients of backend/api through ui.platform.api.Api");
}
