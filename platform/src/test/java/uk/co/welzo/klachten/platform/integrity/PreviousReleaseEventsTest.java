package uk.co.welzo.klachten.platform.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import uk.co.welzo.klachten.api.complaint.event.ComplaintResolved;
import uk.co.welzo.klachten.api.complaint.event.EscalationAcknowledged;
import uk.co.welzo.klachten.platform.axon.AxonSerializerConfiguration;
import uk.co.welzo.klachten.platform.axon.FirstRevisionUpcaster;
import uk.co.welzo.klachten.platform.problem.JacksonConfiguration;

/**
 * Events as the previous releases stored them load and replay in this one (issue #16, event versions). The stored
 * forms are {@code integrity/event-forms.txt}: the JSON the released code wrote for one instance of every event type,
 * first with no revision (as every event was stored before revisions existed; the release that added revisions stored
 * the same JSON as revision 1), then a line for each later revision. Each is read through the application's
 * serializer and upcaster chain, in the application's order, as the event store reads a row, and must come back as
 * its type's current revision and equal to the event its release wrote, with null for what that release did not
 * record (revision 2 of {@code ComplaintResolved} and {@code EscalationAcknowledged}).
 */
class PreviousReleaseEventsTest {

    private final ApplicationContextRunner application = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
            .withUserConfiguration(JacksonConfiguration.class, AxonSerializerConfiguration.class);

    @Test
    void everyEventStoredWithoutARevisionReadsAsItsCurrentRevisionAndAsWritten() throws IOException {
        readsEveryReleasedFormStoredAs(null);
    }

    @Test
    void everyEventStoredAsRevisionOneReadsAsItsCurrentRevisionAndAsWritten() throws IOException {
        readsEveryReleasedFormStoredAs("1");
    }

    /** The forms of the first release, stored without a revision or (same JSON) as revision 1. */
    private void readsEveryReleasedFormStoredAs(String revision) throws IOException {
        List<String> forms = firstReleaseForms();
        Map<String, Object> written = EventFormsTest.released();
        application.run(context -> {
            Serializer serializer = context.getBean("eventSerializer", Serializer.class);
            List<IntermediateEventRepresentation> read = read(context, forms, revision);
            assertThat(read).hasSize(forms.size()).allSatisfy(event -> assertThat(event.getType().getRevision())
                    .as(event.getType().getName())
                    .isEqualTo(EventFormsTest.revision(Class.forName(event.getType().getName()))));

            // as the event store deserializes an upcast row
            List<Object> payloads = read.stream().map(event -> (Object) serializer.deserialize(event.getData())).toList();
            assertThat(payloads).as("every stored form reads back as the event its release wrote")
                    .containsExactlyElementsOf(forms.stream().map(form -> written.get(form.split("\t")[0])).toList());
        });
    }

    @Test
    void aRevisionOneResolutionAndForwardReadWithNullForWhatTheyDidNotRecord() throws IOException {
        List<String> forms = firstReleaseForms().stream().filter(form -> form.startsWith(
                ComplaintResolved.class.getName() + "\t") || form.startsWith(EscalationAcknowledged.class.getName() + "\t"))
                .toList();
        application.run(context -> {
            Serializer serializer = context.getBean("eventSerializer", Serializer.class);
            List<Object> payloads = read(context, forms, "1").stream()
                    .map(event -> (Object) serializer.deserialize(event.getData())).toList();
            assertThat(payloads).hasSize(2).anySatisfy(event -> assertThat(event).isInstanceOfSatisfying(
                    ComplaintResolved.class, resolved -> {
                        assertThat(resolved.findingsCommunicatedIn()).isNull();
                        assertThat(resolved.findingsChannel()).isNull();
                        assertThat(resolved.review()).isNull();
                        assertThat(resolved.rootCause()).isEqualTo("courier");
                    })).anySatisfy(event -> assertThat(event).isInstanceOfSatisfying(
                    EscalationAcknowledged.class, forwarded -> {
                        assertThat(forwarded.departmentManager().userName()).isNull();
                        assertThat(forwarded.departmentManager().name()).isEqualTo("Dee");
                    }));
        });
    }

    @Test
    void theHashedFormOfAnUpcastEventIsTheOneItWasStoredWith() throws IOException {
        List<String> forms = firstReleaseForms();
        application.run(context -> {
            Serializer serializer = context.getBean("eventSerializer", Serializer.class);
            ObjectMapper json = new ObjectMapper().findAndRegisterModules();
            List<IntermediateEventRepresentation> read = read(context, forms, null);
            for (int i = 0; i < forms.size(); i++) {
                Object payload = serializer.deserialize(read.get(i).getData());
                assertThat(EventChain.canonical(json.readTree(serializer.serialize(payload, String.class).getData())))
                        .as("the chain still verifies " + forms.get(i).split("\t")[0] + ": nulls added are left out")
                        .isEqualTo(forms.get(i).split("\t")[2]);
            }
        });
    }

    @Test
    void theFormsOfLaterRevisionsReadAsTheyAre() throws IOException {
        List<String> later = EventFormsTest.recorded(Path.of(EventFormsTest.FORMS)).stream()
                .filter(form -> EventFormsTest.storedRevision(form) != null).toList();
        assertThat(later).as("revision 2 of ComplaintResolved and EscalationAcknowledged").hasSizeGreaterThanOrEqualTo(2);
        application.run(context -> {
            Serializer serializer = context.getBean("eventSerializer", Serializer.class);
            List<DomainEventData<?>> rows = new ArrayList<>();
            for (String form : later) {
                rows.add(row(rows.size(), form, EventFormsTest.storedRevision(form)));
            }
            List<Object> payloads = chain(context).upcast(rows.stream()
                            .map(row -> new InitialEventRepresentation(row, serializer)))
                    .map(event -> (Object) serializer.deserialize(event.getData())).toList();
            Map<String, Object> samples = EventFormsTest.samples();
            assertThat(payloads).containsExactlyElementsOf(later.stream().map(form -> samples.get(form.split("\t")[0]))
                    .toList());
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

    /** The forms the first release stored: the lines without a revision. */
    private static List<String> firstReleaseForms() throws IOException {
        return EventFormsTest.recorded(Path.of(EventFormsTest.FORMS)).stream()
                .filter(form -> EventFormsTest.storedRevision(form) == null).toList();
    }

    private static List<IntermediateEventRepresentation> read(ApplicationContext context, List<String> forms,
            String revision) {
        Serializer serializer = context.getBean("eventSerializer", Serializer.class);
        List<DomainEventData<?>> rows = new ArrayList<>();
        for (String form : forms) {
            rows.add(row(rows.size(), form, revision));
        }
        return chain(context).upcast(rows.stream().map(row -> new InitialEventRepresentation(row, serializer))).toList();
    }

    private static DomainEventData<?> row(long sequence, String form, String revision) {
        String[] parts = form.split("\t");
        return new GenericDomainEventEntry<>("Complaint", "c-1", sequence, "event-" + sequence,
                Instant.parse("2026-03-02T09:16:00Z"), parts[0], revision, parts[1], "{}");
    }

    /** The application's upcasters in the application's order, as Axon chains the upcaster beans. */
    private static EventUpcasterChain chain(ApplicationContext context) {
        return new EventUpcasterChain(context.getBeanProvider(EventUpcaster.class).orderedStream().toList());
    }
}
