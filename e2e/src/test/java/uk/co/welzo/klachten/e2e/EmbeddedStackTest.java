package uk.co.welzo.klachten.e2e;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The scenario against the one-command default: the standalone service, both sides in one application on embedded stores. */
class EmbeddedStackTest extends OneComplaintThroughBothSidesScenario {

    @TempDir
    static Path work;
    static IsolatedApplication standalone;

    @BeforeAll
    static void start() {
        standalone = IsolatedApplication.start("standalone", ExecutableJars.standalone(), work,
                "--server.port=0", "--klachten.data-dir=" + work.resolve("data"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (standalone != null) {
            standalone.close();
        }
    }

    @Override
    URI commandSide() {
        return standalone.base();
    }

    @Override
    URI querySide() {
        return standalone.base();
    }
}
