package uk.co.welzo.klachten.query.admin;

import java.util.List;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.platform.problem.Refused;

/** The query side's processing groups by name (each runs in the streaming processor of the same name). */
@Component
class ProcessingGroups {

    private final EventProcessingConfiguration processing;

    ProcessingGroups(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    List<String> names() {
        return processing.eventProcessors().entrySet().stream()
                .filter(processor -> processor.getValue() instanceof StreamingEventProcessor)
                .map(java.util.Map.Entry::getKey)
                .sorted()
                .toList();
    }

    StreamingEventProcessor processor(String group) {
        return processing.eventProcessor(group, StreamingEventProcessor.class)
                .orElseThrow(() -> unknown(group));
    }

    SequencedDeadLetterQueue<EventMessage<?>> deadLetterQueue(String group) {
        processor(group);
        return processing.deadLetterQueue(group).orElseThrow(() -> unknown(group));
    }

    EventProcessingConfiguration processing() {
        return processing;
    }

    static Refused unknown(String group) {
        return Refused.of(ErrorCode.PROCESSING_GROUP_NOT_FOUND, group);
    }
}
