package uk.co.welzo.klachten.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The pages speak to the service as any other client of the buses would: through Axon's gateways, with the messages
 * of {@code shared-api}, never with the command or query side's classes (in the distributed stack they are another
 * process). The Maven graph holds this too; the rule says why when someone adds the dependency.
 */
@AnalyzeClasses(packages = "uk.co.welzo.klachten.web", importOptions = ImportOption.DoNotIncludeTests.class)
class WebBoundariesTest {

    @ArchTest
    static final ArchRule pagesUseTheGatewaysNotTheSides = noClasses()
            .that().resideInAPackage("uk.co.welzo.klachten.web..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "uk.co.welzo.klachten.command..", "uk.co.welzo.klachten.query..", "uk.co.welzo.klachten.standalone..",
                    "com.mongodb..", "org.springframework.data.mongodb..", "org.axonframework.eventsourcing..",
                    "org.axonframework.modelling.command.inspection..")
            .because("web depends on shared-api and platform only, and sends commands and queries through the gateways");

    @ArchTest
    static final ArchRule everyPageNamesWhoMaySeeIt = methods()
            .that().areMetaAnnotatedWith(org.springframework.web.bind.annotation.RequestMapping.class)
            .should().beAnnotatedWith(org.springframework.security.access.prepost.PreAuthorize.class)
            .because("every page names the roles allowed, permitAll() for the public ones");

    @ArchTest
    static final ArchRule pagesAreNotJsonEndpoints = noClasses()
            .that().resideInAPackage("uk.co.welzo.klachten.web..")
            .should().beAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
            .because("the JSON API lives in the sides, with problem details; pages answer HTML");
}
