package uk.co.welzo.klachten.platform.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import uk.co.welzo.klachten.platform.axon.AxonSerializerConfiguration;
import uk.co.welzo.klachten.platform.axon.FirstRevisionUpcaster;
import uk.co.welzo.klachten.platform.problem.JacksonConfiguration;

/**
 * Events as the previous releases stored them load and replay in this one (issue #16, event versions). The stored
 * forms are {@code integrity/event-forms.txt}: the JSON the released code wrote for one instance of every event type,
 * with no revision, as every event was stored before revisions existed. Each is read through the application's
 * serializer and upcaster chain, as the event store reads a row, and must come back as revision 1 and equal to the
 * event the released code wrote.
 */
class PreviousReleaseEventsTest {

    private final ApplicationContextRunner application = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
            .withUserConfiguration(JacksonConfiguration.class, AxonSerializerConfiguration.class);

    @Test
    void everyEventStoredWithoutARevisionReadsAsRevisionOneAndAsWritten() throws IOException {
        List<String> forms = Files.readAllLines(Path.of(EventFormsTest.FORMS), StandardCharsets.UTF_8);
        Map<String, Object> written = EventFormsTest.samples();
        application.run(context -> {
            Serializer serializer = context.getBean("eventSerializer", Serializer.class);
            EventUpcasterChain chain = new EventUpcasterChain(context.getBean(FirstRevisionUpcaster.class));
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
                    .as(event.getType().getName()).isEqualTo("1"));

            // as the event store deserializes an upcast row
            List<Object> payloads = read.stream().map(event -> (Object) serializer.deserialize(event.getData())).toList();
            assertThat(payloads).as("every stored form reads back as the event its release wrote")
                    .containsExactlyElementsOf(forms.stream().map(form -> written.get(form.split("\t")[0])).toList());
        });
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
