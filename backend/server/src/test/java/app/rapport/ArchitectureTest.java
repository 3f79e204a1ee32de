package app.rapport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import app.rapport.testing.TimeRules;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;

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
    static final ArchRule no_feature_class_but_a_controller_speaks_http = noClasses()
            .that()
            .haveSimpleNameNotEndingWith("Controller")
            .and()
            .haveNameNotMatching(".*\\$.*")
            .and()
            .resideInAPackage("app.rapport..")
            .and()
            .resideOutsideOfPackages("app.rapport.platform..", "app.rapport.api..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.micronaut.http..")
            .because("a feature refuses with a ProblemException (a code that carries its status); platform.web"
                    + " answers HTTP");

    @ArchTest
    static final ArchRule repositories_are_used_only_inside_their_feature =
            classes().that().areAnnotatedWith(JdbcRepository.class).should(beUsedOnlyInTheirOwnPackage());

    private static ArchCondition<JavaClass> beUsedOnlyInTheirOwnPackage() {
        return new ArchCondition<>("be used only inside their own package") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                repository.getAccessesToSelf().stream()
                        .map(a -> a.getOriginOwner())
                        .filter(origin -> !origin.getPackageName().equals(repository.getPackageName()))
                        .filter(origin -> !origin.getName().contains("$Intercepted")
                                && !origin.getSimpleName().startsWith("$"))
                        .forEach(origin -> events.add(SimpleConditionEvent.violated(
                                repository, origin.getName() + " uses " + repository.getName())));
            }
        };
    }

    @ArchTest
    static final ArchRule repositories_are_top_level_package_private_and_named_so = classes()
            .that()
            .areAnnotatedWith(JdbcRepository.class)
            .should()
            .haveSimpleNameEndingWith("Repository")
            .andShould()
            .beTopLevelClasses()
            .andShould()
            .notBePublic()
            .because("one naming convention: TouchpointRepository beside TouchpointRow, no holder classes whose nested"
                    + " types collide with the services' names");

    @ArchTest
    static final ArchRule rows_are_top_level_and_named_so = classes()
            .that()
            .areAnnotatedWith(MappedEntity.class)
            .should()
            .haveSimpleNameEndingWith("Row")
            .andShould()
            .beTopLevelClasses()
            .because("a table's row is TouchpointRow in a file of its own");

    @ArchTest
    static final ArchRule routes_are_declared_only_in_the_contract = noMethods()
            .that()
            .areDeclaredInClassesThat()
            .resideOutsideOfPackage("app.rapport.api..")
            .should()
            .beAnnotatedWith(Get.class)
            .orShould()
            .beAnnotatedWith(Post.class)
            .orShould()
            .beAnnotatedWith(Put.class)
            .orShould()
            .beAnnotatedWith(Delete.class)
            .orShould()
            .beAnnotatedWith(Patch.class)
            .because("a route is declared once, in an …Operations interface of backend/api, which the controller"
                    + " implements");

    @ArchTest
    static final ArchRule every_controller_implements_its_contract =
            classes().that().areAnnotatedWith(Controller.class).should(implementAnOperationsInterface());

    private static ArchCondition<JavaClass> implementAnOperationsInterface() {
        // a controller that only holds a global @Error handler has no routes to declare
        return new ArchCondition<>("implement an …Operations interface of app.rapport.api") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean implementsContract = type.getRawInterfaces().stream()
                        .anyMatch(i -> i.getPackageName().startsWith("app.rapport.api.")
                                && i.getSimpleName().endsWith("Operations"));
                boolean onlyHandlesErrors = type.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(Error.class));
                if (!implementsContract && !onlyHandlesErrors) {
                    events.add(SimpleConditionEvent.violated(
                            type, type.getName() + " declares routes outside the contract module"));
                }
            }
        };
    }

    @ArchTest
    static final ArchRule time_comes_from_the_tenants_clock = TimeRules.noServerZone(
            "every today, due date and date shown is the tenant's: use the injected Clock (its zone is the tenant's)"
                    + " or LocalDate.now(clock)");
}
