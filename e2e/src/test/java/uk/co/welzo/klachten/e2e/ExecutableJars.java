package uk.co.welzo.klachten.e2e;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the build put the applications' executable jars (see this module's pom: dependency:properties). */
final class ExecutableJars {

    private ExecutableJars() {
    }

    static Path commandSide() {
        return located("klachten.e2e.command-side-jar");
    }

    static Path querySide() {
        return located("klachten.e2e.query-side-jar");
    }

    static Path standalone() {
        return located("klachten.e2e.standalone-jar");
    }

    private static Path located(String property) {
        String file = System.getProperty(property);
        if (file == null || file.isBlank() || file.startsWith("${")) {
            throw new IllegalStateException(property + " is not set: run the e2e tests through Maven, which locates the jars");
        }
        Path jar = Path.of(file);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(property + " names " + jar + ", which does not exist; build the applications first");
        }
        return jar;
    }
}
