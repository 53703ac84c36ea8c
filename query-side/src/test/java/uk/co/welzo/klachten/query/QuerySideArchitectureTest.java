package uk.co.welzo.klachten.query;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.commandhandling.CommandHandler;

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
}
