package uk.co.welzo.klachten.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pages speak to the service as any other client of the buses would: through Axon's gateways, with the messages
 * of {@code shared-api}, never with the command or query side's classes (in the distributed stack those run in other
 * processes). The Maven graph holds this too; these rules say why when someone adds the dependency.
 */
class WebBoundariesTest {

    private static final JavaClasses PAGES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackagesOf(WebModule.class);

    @Test
    void pagesUseTheGatewaysNotTheSides() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "uk.co.welzo.klachten.command..", "uk.co.welzo.klachten.query..",
                        "uk.co.welzo.klachten.standalone..", "com.mongodb..", "org.springframework.data.mongodb..",
                        "org.axonframework.eventsourcing..")
                .because("web depends on shared-api and platform only, and sends commands and queries through the gateways")
                .check(PAGES);
    }

    @Test
    void everyPageNamesWhoMaySeeIt() {
        methods().that().areMetaAnnotatedWith(RequestMapping.class).should().beAnnotatedWith(PreAuthorize.class)
                .because("every page names the roles allowed, permitAll() for the public ones")
                .check(PAGES);
    }

    @Test
    void pagesAnswerHtmlNotJson() {
        noClasses().should().beAnnotatedWith(RestController.class)
                .because("the JSON API lives in the sides, with problem details; pages answer HTML")
                .check(PAGES);
    }
}
