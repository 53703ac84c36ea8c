package uk.co.welzo.klachten.query.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A start-up check acts on the read model as the last run left it, not as this run's processors are writing it. */
class StartUpReplayTest {

    private final List<Object> published = new ArrayList<>();
    private final StartUpReplay startUp = new StartUpReplay(LoggerFactory.getLogger(StartUpReplayTest.class),
            published::add, true, "sla", "klachten.sla.replay-when-counts-missing");

    @Test
    @DisplayName("#19: a fresh read model caught between two writes of the processors' first batch as the service gets"
            + " ready is not taken for an earlier release's")
    void doesNotReplayAReadModelThatWasCompleteBeforeTheProcessorsStarted() {
        startUp.look(() -> false);
        startUp.check(() -> true, "The SLA compliance counts", "none");
        assertThat(published).isEmpty();
    }

    @Test
    @DisplayName("#19: a read model an earlier release wrote is replayed, though this run's processors write what it"
            + " lacked for their own events before the service is ready")
    void replaysAReadModelThatLackedSomethingBeforeTheProcessorsStarted() {
        startUp.look(() -> true);
        startUp.check(() -> false, "The SLA compliance counts", "none");
        assertThat(published).singleElement().isInstanceOf(ReplayNeeded.class);
        startUp.check(() -> true, "The SLA compliance counts", "none");
        assertThat(published).as("once").hasSize(1);
    }

    @Test
    @DisplayName("#19: a read model that could not be read before the processors started is looked at when ready")
    void looksWhenReadyWhenItCouldNotLookBefore() {
        BooleanSupplier unreachable = () -> {
            throw new IllegalStateException("no server");
        };
        startUp.look(unreachable);
        startUp.check(() -> true, "The SLA compliance counts", "none");
        assertThat(published).singleElement().isInstanceOf(ReplayNeeded.class);
    }
}
