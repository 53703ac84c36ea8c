package uk.co.welzo.klachten.query.infrastructure;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * For a process that acts on what happens (sends a command, writes to someone), not a read model: its processing group
 * starts at the head of the event stream. Added to an installation with history, a group starting at the tail would
 * take every past event as live, not as a replay ({@code @DisallowReplay} would not hold), and act on all of it now.
 * A reset also goes to the head, so a replay has nothing to replay into it.
 */
public final class StartAtTheHead {

    private StartAtTheHead() {
    }

    public static ConfigurerModule of(String processingGroup) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessorConfiguration(processingGroup,
                        (config, builder) -> builder.initialToken(StreamableMessageSource::createHeadToken)));
    }
}
