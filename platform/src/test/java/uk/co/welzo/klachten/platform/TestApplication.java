package uk.co.welzo.klachten.platform;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal application that picks up the platform's configuration the way the real ones do. */
@SpringBootApplication
public class TestApplication {
}
