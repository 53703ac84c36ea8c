package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Query-side instances share a processor's segments by claiming them in the token store; a claim limit is how
 * several instances split the work instead of the first one taking everything.
 */
class SegmentClaimsTest {

    @Test
    void anInstanceClaimsNoMoreSegmentsThanItsLimit(@TempDir Path dataDir) throws Exception {
        List<String> settings = new ArrayList<>(List.of("--klachten.sla.alarms-enabled=false",
                "--klachten.processors.max-claimed-segments=1"));
        for (String group : List.of("cases", "queue", "sla", "trends")) {
            settings.add("--axon.eventhandling.processors." + group + ".initial-segment-count=2");
            settings.add("--axon.eventhandling.processors." + group + ".thread-count=2");
        }
        try (RunningService service = RunningService.start(dataDir, settings.toArray(String[]::new))) {
            EventProcessingConfiguration processing = service.bean(EventProcessingConfiguration.class);
            TokenStore tokens = service.bean(TokenStore.class);
            for (String group : List.of("cases", "queue", "sla", "trends")) {
                PooledStreamingEventProcessor processor = processing
                        .eventProcessor(group, PooledStreamingEventProcessor.class).orElseThrow();
                assertThat(processor.maxCapacity()).as(group).isEqualTo(1);
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (processor.processingStatus().isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                Thread.sleep(500); // time for the coordinator to try for more
                assertThat(processor.processingStatus()).as(group + ": segments claimed").hasSize(1);
                assertThat(tokens.fetchSegments(group)).as(group + ": segments in the token store").hasSize(2);
            }
        }
    }
}
