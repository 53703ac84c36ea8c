package uk.co.welzo.klachten.platform.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAcknowledged;
import uk.co.welzo.klachten.platform.axon.AxonSerializerConfiguration;
import uk.co.welzo.klachten.platform.axon.FirstRevisionUpcaster;
import uk.co.welzo.klachten.platform.problem.JacksonConfiguration;

/**
 * Events as the previous releases stored them load and replay in this one (issue #16, event versions). The stored
 * forms are kept per release under {@code integrity/released/}, never edited: {@value #BEFORE_REVISIONS} is the JSON
 * the code released before events had revisions wrote for one instance of every event type (no revision, as every
 * event was stored then). Each is read through the application's serializer and whole upcaster chain, as the event
 * store reads a row, and must come back at its type's current revision and equal to the event that release wrote, read
 * as this release reads it: {@link #asReadNow} names what each later revision added.
 */
class PreviousReleaseEventsTest {

    static final String BEFORE_REVISIONS = "src/test/resources/integrity/released/before-revisions.txt";

    private final ApplicationContextRunner application = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
            .withUserConfiguration(JacksonConfiguration.class, AxonSerializerConfiguration.class);

    @Test
    void everyEventStoredWithoutARevisionReadsAtItsCurrentRevisionAndAsWritten() throws IOException {
        List<String> forms = Files.readAllLines(Path.of(BEFORE_REVISIONS), StandardCharsets.UTF_8);
        Map<String, Object> written = asReadNow(EventFormsTest.samples());
        application.run(context -> {
            Serializer serializer = context.getBean("eventSerializer", Serializer.class);
            EventUpcasterChain chain = new EventUpcasterChain(
                    context.getBeanProvider(EventUpcaster.class).orderedStream().toList());
            List<DomainEventData<?>> rows = new ArrayList<>();
            long sequence = 0;
            for (String form : forms) {
                String[] parts = form.split("\t");
                rows.add(new GenericDomainEventEntry<>("Complaint", "c-1", sequence++, "event-" + sequence,
                        Instant.parse("2026-03-02T09:16:00Z"), parts[0], null, parts[1], "{}"));
            }

            List<IntermediateEventRepresentation> read = chain.upcast(
                    rows.stream().map(row -> new InitialEventRepresentation(row, serializer))).toList();
            assertThat(read).hasSize(forms.size()).allSatisfy(event -> assertThat(event.getType().getRevision())
                    .as(event.getType().getName()).isEqualTo(currentRevision(event.getType().getName())));

            // as the event store deserializes an upcast row
            List<Object> payloads = read.stream().map(event -> (Object) serializer.deserialize(event.getData())).toList();
            assertThat(payloads).as("every stored form reads back as the event its release wrote")
                    .containsExactlyElementsOf(forms.stream().map(form -> written.get(form.split("\t")[0])).toList());
        });
    }

    /** The events that release wrote as this release reads them: each field a later revision added is null. */
    static Map<String, Object> asReadNow(Map<String, Object> samples) {
        Map<String, Object> read = new LinkedHashMap<>(samples);
        ComplaintAcknowledged acknowledged = (ComplaintAcknowledged) samples.get(ComplaintAcknowledged.class.getName());
        read.put(ComplaintAcknowledged.class.getName(), new ComplaintAcknowledged(acknowledged.complaintId(), null,
                acknowledged.channel(), acknowledged.occurredAt(), acknowledged.recordedAt(),
                acknowledged.stageOneResolutionDue(), acknowledged.stageOneResolutionWarningAt(),
                acknowledged.policyVersion(), acknowledged.actor()));
        return read;
    }

    private static String currentRevision(String type) throws ClassNotFoundException {
        return Class.forName(type).getAnnotation(Revision.class).value();
    }

    @Test
    void aRevisionAlreadyStoredIsLeftAlone() {
        FirstRevisionUpcaster upcaster = new FirstRevisionUpcaster();
        application.run(context -> {
            Serializer serializer = context.getBean("eventSerializer", Serializer.class);
            DomainEventData<?> row = new GenericDomainEventEntry<>("Complaint", "c-1", 0, "e-1", Instant.EPOCH,
                    "uk.co.welzo.klachten.api.complaint.event.ComplaintClosed", "1", "{}", "{}");
            List<IntermediateEventRepresentation> upcast = upcaster.upcast(
                    Stream.of(new InitialEventRepresentation(row, serializer))).toList();
            assertThat(upcast).singleElement().satisfies(event -> assertThat(event.getType().getRevision()).isEqualTo("1"));
            DomainEventData<?> foreign = new GenericDomainEventEntry<>("Other", "o-1", 0, "e-2", Instant.EPOCH,
                    "org.example.SomethingElse", null, "{}", "{}");
            assertThat(upcaster.upcast(Stream.of(new InitialEventRepresentation(foreign, serializer))).toList())
                    .singleElement().satisfies(event -> assertThat(event.getType().getRevision()).isNull());
        });
    }
}
