package app.rapport.ui;

import app.rapport.testing.TimeRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The UI's shape: every "today" and every date it shows is the tenant's, never the UI server's. */
@AnalyzeClasses(packages = "app.rapport.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule time_comes_from_the_tenants_zone =
            TimeRules.noServerZone("use TenantTime.today(), TenantTime.now() and Formats (the workspace's time zone)");
}
