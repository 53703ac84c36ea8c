package uk.co.welzo.klachten.query;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

@AnalyzeClasses(packages = "uk.co.welzo.klachten.query", importOptions = ImportOption.DoNotIncludeTests.class)
class QuerySideArchitectureTest {

    @ArchTest
    static final ArchRule queriesNeverReachIntoTheCommandSide = noClasses()
            .that().resideInAPackage("uk.co.welzo.klachten.query..")
            .should().dependOnClassesThat().resideInAPackage("uk.co.welzo.klachten.command..");

    @ArchTest
    static final ArchRule queriesHandleNoCommands = noMethods()
            .that().areDeclaredInClassesThat().resideInAPackage("uk.co.welzo.klachten.query..")
            .should().beAnnotatedWith(CommandHandler.class);

    /**
     * One room per capability: the read models, the auditors' capabilities and the alarm clock. Each answers from its
     * own documents or the event store and changes without touching another (issue #13). What they share lives in
     * {@code infrastructure}, {@code readmodel} and {@code eventstore} (the sentences about events are shared-api's); the access log may be
     * told by any of them which complaint a read concerned.
     */
    static final List<String> SLICES = List.of("cases", "queue", "sla", "trends", "improvement", "search", "history", "deadlines", "integrity",
            "returns", "accesslog", "admin", "automation.deadlinealarms", "automation.correspondence",
            "automation.acknowledgement", "dataprotection");

    @ArchTest
    static void slicesNeverImportEachOther(JavaClasses queryClasses) {
        SLICES.forEach(slice -> sliceImportsNoOther(slice).check(queryClasses));
    }

    private static ArchRule sliceImportsNoOther(String slice) {
        String[] others = SLICES.stream().filter(other -> !other.equals(slice) && !other.equals("accesslog"))
                .map(other -> "uk.co.welzo.klachten.query." + other + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage("uk.co.welzo.klachten.query." + slice + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others);
    }

    /** Nothing but the service's entry points lives in the root package: every class says which slice it belongs to. */
    @ArchTest
    static final ArchRule theRootPackageHoldsOnlyEntryPoints = classes()
            .that().resideInAPackage("uk.co.welzo.klachten.query")
            .should().haveSimpleNameEndingWith("Application").orShould().haveSimpleNameEndingWith("Module");

    /** Security is part of done: every query-side endpoint names its roles, as the command side's do. */
    @ArchTest
    static final ArchRule everyEndpointHasAnAuthorisationRule = methods()
            .that().areMetaAnnotatedWith(org.springframework.web.bind.annotation.RequestMapping.class)
            .should().beAnnotatedWith(org.springframework.security.access.prepost.PreAuthorize.class)
            .because("every endpoint names the roles allowed; AuthorisationBeforeValidationTest holds the URL rules to it");
}
