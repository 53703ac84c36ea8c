package uk.co.welzo.klachten.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** What both benchmarks read from their command line, and the temporary data directory they remove afterwards. */
final class BenchmarkArgs {

    private BenchmarkArgs() {
    }

    /** The value of {@code --name=value}, or the fallback when it is not given. */
    static int intArg(String[] args, String name, int fallback) {
        for (String arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                return Integer.parseInt(arg.substring(name.length() + 3));
            }
        }
        return fallback;
    }

    /** Removes a directory and everything in it, whatever cannot be removed left behind. */
    static void deleteQuietly(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
