package uk.co.welzo.klachten.platform.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.springframework.context.ApplicationContext;
import uk.co.welzo.klachten.platform.dataprotection.InMemorySubjectKeys;
import uk.co.welzo.klachten.platform.dataprotection.SubjectKeys;
import uk.co.welzo.klachten.api.complaint.DepartmentManager;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintResolved;
import uk.co.welzo.klachten.api.complaint.event.EscalationAcknowledged;
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
            .withUserConfiguration(JacksonConfiguration.class, AxonSerializerConfiguration.class)
            .withBean(SubjectKeys.class, InMemorySubjectKeys::new);

    @Test
    void everyEventStoredWithoutARevisionReadsAtItsCurrentRevisionAndAsWritten() throws IOException {
        readsEveryReleasedFormStoredAs(null);
    }

    /** The release that gave events revisions stored the same JSON as revision 1; it reads the same way. */
    @Test
    void everyEventStoredAsRevisionOneReadsAtItsCurrentRevisionAndAsWritten() throws IOException {
        readsEveryReleasedFormStoredAs("1");
    }

    private void readsEveryReleasedFormStoredAs(String revision) throws IOException {
        List<String> forms = Files.readAllLines(Path.of(BEFORE_REVISIONS), StandardCharsets.UTF_8);
        Map<String, Object> written = asReadNow(EventFormsTest.samples());
        application.run(context -> {
            Serializer serializer = context.getBean("eventSerializer", Serializer.class);
            List<IntermediateEventRepresentation> read = read(context, forms, revision);
            assertThat(read).hasSize(forms.size()).allSatisfy(event -> assertThat(event.getType().getRevision())
                    .as(event.getType().getName()).isEqualTo(currentRevision(event.getType().getName())));

            // as the event store deserializes an upcast row
            List<Object> payloads = read.stream().map(event -> (Object) serializer.deserialize(event.getData())).toList();
            assertThat(payloads).as("every stored form reads back as the event its release wrote")
                    .containsExactlyElementsOf(forms.stream().map(form -> written.get(form.split("\t")[0])).toList());
        });
    }

    @Test
    void aResolutionAndAForwardOfRevisionOneReadWithNullForWhatTheyDidNotRecord() throws IOException {
        List<String> forms = Files.readAllLines(Path.of(BEFORE_REVISIONS), StandardCharsets.UTF_8).stream()
                .filter(form -> form.startsWith(ComplaintResolved.class.getName() + "\t")
                        || form.startsWith(EscalationAcknowledged.class.getName() + "\t"))
                .toList();
        assertThat(forms).hasSize(2);
        application.run(context -> {
            Serializer serializer = context.getBean("eventSerializer", Serializer.class);
            List<Object> payloads = read(context, forms, "1").stream()
                    .map(event -> (Object) serializer.deserialize(event.getData())).toList();
            assertThat(payloads).anySatisfy(event -> assertThat(event).isInstanceOfSatisfying(ComplaintResolved.class,
                    resolved -> {
                        assertThat(resolved.findingsCommunicatedIn()).as("R3.3 not recorded then").isNull();
                        assertThat(resolved.findingsChannel()).isNull();
                        assertThat(resolved.review()).as("R4.2 not recorded then").isNull();
                        assertThat(resolved.rootCause()).isEqualTo("courier");
                    }));
            assertThat(payloads).anySatisfy(event -> assertThat(event).isInstanceOfSatisfying(
                    EscalationAcknowledged.class, forwarded -> {
                        assertThat(forwarded.departmentManager().userName()).as("R4.2 not recorded then").isNull();
                        assertThat(forwarded.departmentManager().name()).isEqualTo("Dee");
                    }));
        });
    }

    /**
     * The chain hashes the event as read, in canonical form with nulls left out ({@code EventChain}): what the upcasters
     * add is null, so every old event still hashes as the form it was stored in, and its chain still verifies.
     */
    @Test
    void everyUpcastEventKeepsTheHashedFormItWasStoredWith() throws IOException {
        List<String> forms = Files.readAllLines(Path.of(BEFORE_REVISIONS), StandardCharsets.UTF_8);
        application.run(context -> {
            Serializer serializer = context.getBean("eventSerializer", Serializer.class);
            ObjectMapper json = new ObjectMapper();
            List<IntermediateEventRepresentation> read = read(context, forms, null);
            for (int i = 0; i < forms.size(); i++) {
                Object payload = serializer.deserialize(read.get(i).getData());
                // the chain hashes the payload's plain JSON (its personal texts as they read, not as encrypted)
                String asWrittenNow = context.getBean("serializer", Serializer.class).serialize(payload, String.class)
                        .getData();
                assertThat(EventChain.canonical(json.readTree(asWrittenNow))).as(forms.get(i).split("\t")[0])
                        .isEqualTo(forms.get(i).split("\t")[2]);
            }
        });
    }

    /** Rows of {@code forms} stored under {@code revision}, read through the application's whole chain, in order. */
    private static List<IntermediateEventRepresentation> read(ApplicationContext context, List<String> forms,
            String revision) {
        Serializer serializer = context.getBean("eventSerializer", Serializer.class);
        EventUpcasterChain chain = new EventUpcasterChain(
                context.getBeanProvider(EventUpcaster.class).orderedStream().toList());
        List<DomainEventData<?>> rows = new ArrayList<>();
        long sequence = 0;
        for (String form : forms) {
            String[] parts = form.split("\t");
            rows.add(new GenericDomainEventEntry<>("Complaint", "c-1", sequence++, "event-" + sequence,
                    Instant.parse("2026-03-02T09:16:00Z"), parts[0], revision, parts[1], "{}"));
        }
        return chain.upcast(rows.stream().map(row -> new InitialEventRepresentation(row, serializer))).toList();
    }

    /** The events that release wrote as this release reads them: each field a later revision added is null. */
    static Map<String, Object> asReadNow(Map<String, Object> samples) {
        Map<String, Object> read = new LinkedHashMap<>(samples);
        ComplaintAcknowledged acknowledged = (ComplaintAcknowledged) samples.get(ComplaintAcknowledged.class.getName());
        read.put(ComplaintAcknowledged.class.getName(), new ComplaintAcknowledged(acknowledged.complaintId(), null,
                acknowledged.channel(), acknowledged.occurredAt(), acknowledged.recordedAt(),
                acknowledged.stageOneResolutionDue(), acknowledged.stageOneResolutionWarningAt(),
                acknowledged.policyVersion(), acknowledged.actor()));
        ComplaintResolved resolved = (ComplaintResolved) samples.get(ComplaintResolved.class.getName());
        read.put(ComplaintResolved.class.getName(), new ComplaintResolved(resolved.complaintId(), resolved.stage(),
                resolved.outcome(), resolved.remedy(), resolved.rootCause(), resolved.customerSignposted(), null, null,
                null, resolved.occurredAt(), resolved.recordedAt(), resolved.escalationWindowEnds(),
                resolved.policyVersion(), resolved.actor()));
        EscalationAcknowledged forwarded = (EscalationAcknowledged) samples.get(EscalationAcknowledged.class.getName());
        read.put(EscalationAcknowledged.class.getName(), new EscalationAcknowledged(forwarded.complaintId(),
                new DepartmentManager(forwarded.departmentManager().name(), forwarded.departmentManager().department()),
                forwarded.occurredAt(), forwarded.recordedAt(), forwarded.stageTwoResolutionDue(),
                forwarded.stageTwoResolutionWarningAt(), forwarded.policyVersion(), forwarded.actor()));
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
