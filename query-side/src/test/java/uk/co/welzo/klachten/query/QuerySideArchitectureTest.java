package uk.co.welzo.klachten.query;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandHandler;

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

    /** A read model answers from its own documents: one changes without touching another (issue #13). */
    @ArchTest
    static final ArchRule readModelsNeverImportEachOther = CompositeArchRule.of(readModelImportsNoOther("cases"))
            .and(readModelImportsNoOther("queue")).and(readModelImportsNoOther("sla")).and(readModelImportsNoOther("trends"));

    private static ArchRule readModelImportsNoOther(String model) {
        String[] others = Stream.of("cases", "queue", "sla", "trends").filter(other -> !other.equals(model))
                .map(other -> "uk.co.welzo.klachten.query." + other + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage("uk.co.welzo.klachten.query." + model + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others);
    }

    /** Security is part of done: every query-side endpoint names its roles, as the command side's do. */
    @ArchTest
    static final ArchRule everyEndpointHasAnAuthorisationRule = methods()
            .that().areMetaAnnotatedWith(org.springframework.web.bind.annotation.RequestMapping.class)
            .should().beAnnotatedWith(org.springframework.security.access.prepost.PreAuthorize.class)
            .because("every endpoint names the roles allowed; AuthorisationBeforeValidationTest holds the URL rules to it");
}
