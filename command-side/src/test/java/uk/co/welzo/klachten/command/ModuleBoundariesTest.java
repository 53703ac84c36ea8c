package uk.co.welzo.klachten.command;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the modules honest (STYLE.md "Modules"): the command side never reads MongoDB or the query side. */
@AnalyzeClasses(packages = "uk.co.welzo.klachten", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    @ArchTest
    static final ArchRule commandSideNeverReadsMongoOrTheQuerySide = noClasses()
            .that().resideInAPackage("uk.co.welzo.klachten.command..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.mongodb..", "org.springframework.data.mongodb..", "uk.co.welzo.klachten.query..");

    @ArchTest
    static final ArchRule sharedApiHasNoSpringAndNoPersistence = noClasses()
            .that().resideInAPackage("uk.co.welzo.klachten.api..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "jakarta.persistence..", "com.mongodb..", "org.bson..",
                    "uk.co.welzo.klachten.command..", "uk.co.welzo.klachten.query..", "uk.co.welzo.klachten.platform..");

    @ArchTest
    static final ArchRule domainReadsNoSystemClock = noClasses()
            .that().resideInAnyPackage("uk.co.welzo.klachten.command.complaint..", "uk.co.welzo.klachten.command.improvement..")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.Clock.class, "systemUTC")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .because("time is injected as a Clock, never read from the system inside domain code");

    @ArchTest
    static final ArchRule everyEndpointHasAnAuthorisationRule = methods()
            .that().areMetaAnnotatedWith(org.springframework.web.bind.annotation.RequestMapping.class)
            .should().beAnnotatedWith(org.springframework.security.access.prepost.PreAuthorize.class)
            .because("security is part of done: every endpoint names the roles allowed");
}
