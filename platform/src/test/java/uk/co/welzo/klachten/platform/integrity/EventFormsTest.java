package uk.co.welzo.klachten.platform.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.ClosureReason;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;
import uk.co.welzo.klachten.api.complaint.CommunicationId;
import uk.co.welzo.klachten.api.complaint.Complainant;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.Department;
import uk.co.welzo.klachten.api.complaint.DepartmentManager;
import uk.co.welzo.klachten.api.complaint.Direction;
import uk.co.welzo.klachten.api.complaint.InquiryId;
import uk.co.welzo.klachten.api.complaint.Outcome;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.complaint.StageTwoReview;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAssigned;
import uk.co.welzo.klachten.api.complaint.event.ComplaintClosed;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEscalated;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEvent;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintRecategorised;
import uk.co.welzo.klachten.api.complaint.event.ComplaintResolved;
import uk.co.welzo.klachten.api.complaint.event.ComplaintWithdrawn;
import uk.co.welzo.klachten.api.complaint.event.CustomerCommunicationRecorded;
import uk.co.welzo.klachten.api.complaint.event.DeadlineExtended;
import uk.co.welzo.klachten.api.complaint.event.DeadlineMissed;
import uk.co.welzo.klachten.api.complaint.event.DeadlineWarningIssued;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputReceived;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputRequested;
import uk.co.welzo.klachten.api.complaint.event.EscalationAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.ExternalReferralRecorded;
import uk.co.welzo.klachten.api.complaint.event.InvestigationNoteRecorded;
import uk.co.welzo.klachten.api.complaint.event.LetterWritten;
import uk.co.welzo.klachten.api.correspondence.LetterKind;
import uk.co.welzo.klachten.api.complaint.event.ReferenceNumberReserved;
import uk.co.welzo.klachten.platform.axon.AxonSerializerConfiguration;
import uk.co.welzo.klachten.platform.problem.JacksonConfiguration;

/**
 * Stored events are hash-chained: their JSON, as the application's Axon serializer writes it and as
 * the chain hashes it, must never change for a released event. One instance of every event type is
 * written and compared with the forms captured in {@value #FORMS}; a change to an event's Java shape
 * (a new interface, a helper method) that leaks into its JSON fails here.
 *
 * <p>The file keeps every released form: a line is the type, its stored JSON, its canonical (hashed) form, and the
 * revision it was stored under, absent for the forms the first release stored without revisions. A deliberate change
 * raises the type's {@code @Revision}, comes with an upcaster, and adds a line for the new revision; the lines already
 * there are never rewritten, as {@code PreviousReleaseEventsTest} reads them as the stored forms they are. The form in
 * force for a type is its last line. Run with {@code -Dklachten.event-forms.record=true} to add the lines of changed
 * types.
 */
class EventFormsTest {

    static final String FORMS = "src/test/resources/integrity/event-forms.txt";

    private final ApplicationContextRunner application = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
            .withUserConfiguration(JacksonConfiguration.class, AxonSerializerConfiguration.class);

    @Test
    void everyEventKeepsItsStoredAndHashedJson() {
        application.run(context -> {
            Serializer events = context.getBean("eventSerializer", Serializer.class);
            ObjectMapper reader = new ObjectMapper();
            Path file = Path.of(FORMS);
            Map<String, String> inForce = inForce(recorded(file));
            List<String> added = new ArrayList<>();
            for (Map.Entry<String, Object> sample : samples().entrySet()) {
                String stored = events.serialize(sample.getValue(), String.class).getData();
                String form = sample.getKey() + "\t" + stored + "\t" + EventChain.canonical(reader.readTree(stored));
                String revision = revision(sample.getValue().getClass());
                String line = "1".equals(revision) ? form : form + "\t" + revision;
                if (!line.equals(inForce.get(sample.getKey()))) {
                    added.add(line);
                }
            }
            if (Boolean.getBoolean("klachten.event-forms.record") && !added.isEmpty()) {
                Files.write(file, added, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                inForce = inForce(recorded(file));
                added.clear();
            }
            assertThat(added).as("forms (and revisions) that differ from the last line of their type in " + FORMS
                    + ": raise @Revision, add an upcaster, then record").isEmpty();
            assertThat(inForce).containsOnlyKeys(samples().keySet());
        });
    }

    @Test
    void everyEventHasARevision() {
        samples().values().forEach(event -> assertThat(event.getClass().getAnnotation(Revision.class))
                .as(event.getClass().getName()).isNotNull());
    }

    /** The revision a form line was stored under: its fourth column, or none (null) for the first release's forms. */
    static String storedRevision(String line) {
        String[] parts = line.split("\t");
        return parts.length > 3 ? parts[3] : null;
    }

    static String revision(Class<?> type) {
        Revision revision = type.getAnnotation(Revision.class);
        return revision == null ? null : revision.value();
    }

    /** The form in force for each type: its last line (the first release's revision-less forms count as revision 1). */
    static Map<String, String> inForce(List<String> lines) {
        Map<String, String> byType = new LinkedHashMap<>();
        lines.forEach(line -> byType.put(line.split("\t")[0], line));
        return byType;
    }

    @Test
    void samplesCoverEveryComplaintEventAndTheReservation() {
        List<String> types = new ArrayList<>();
        Arrays.stream(ComplaintEvent.class.getPermittedSubclasses()).forEach(type -> types.add(type.getName()));
        types.add(ReferenceNumberReserved.class.getName());

        assertThat(samples().keySet()).containsExactlyInAnyOrderElementsOf(types);
    }

    static List<String> recorded(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    /** One instance of every stored event type, every field filled where the type allows it. */
    static Map<String, Object> samples() {
        ComplaintId id = ComplaintId.of("c-1");
        ReferenceNumber reference = ReferenceNumber.parse("Q1N-19Y-8PN");
        Actor actor = new Actor("alice");
        InquiryId inquiry = InquiryId.of("i-1");
        CommunicationId letter = CommunicationId.of("m-1");
        Instant t1 = Instant.parse("2026-03-02T09:15:30Z");
        Instant t2 = Instant.parse("2026-03-02T09:16:00.123Z");
        Instant t3 = Instant.parse("2026-03-16T23:59:59.999999999Z");
        Instant t4 = Instant.parse("2026-03-13T09:00:00Z");
        List<Object> all = List.of(
                new ComplaintLodged(id, reference, Channel.values()[0], Category.values()[0],
                        new Complainant("Ann Example", "ann@example.org", "+44 20 7946 0000", "1 Street, London"),
                        "the parcel never came", "ORD-1", "Vitamin D", t1, t2, t3, t4, "policy-1", actor),
                new ComplaintAcknowledged(id, CommunicationChannel.values()[0], t1, t2, t3, t4, "policy-1", actor),
                new ComplaintAssigned(id, "bob", "carol", t1, t2, actor),
                new ComplaintRecategorised(id, Category.values()[0], Category.values()[1], "wrong box", t1, t2, actor),
                new InvestigationNoteRecorded(id, "called the warehouse", t1, t2, actor),
                new DepartmentInputRequested(id, inquiry, Department.WAREHOUSE_MANAGEMENT, "where is it?", t1, t2, t3,
                        t4, "policy-1", actor),
                new DepartmentInputReceived(id, inquiry, Department.WAREHOUSE_MANAGEMENT, "lost", t1, t2, actor),
                new CustomerCommunicationRecorded(id, letter, CommunicationChannel.values()[0], Direction.OUTBOUND,
                        "told the customer", t1, t2, actor),
                new ComplaintResolved(id, Stage.ONE, Outcome.PARTLY_UPHELD, "refund", "courier", true,
                        CommunicationId.of("m-2"), CommunicationChannel.PHONE,
                        new StageTwoReview("stage 1 was right", "apology sent"), t1, t2, t3, "policy-1", actor),
                new ComplaintEscalated(id, "not happy", t1, t2, t3, t4, t3.minusSeconds(86400), t4.minusSeconds(86400),
                        "policy-1", actor),
                new EscalationAcknowledged(id, new DepartmentManager("dee", "Dee", "Logistics"), t1, t2, t3, t4,
                        "policy-1", actor),
                new DeadlineExtended(id, DeadlineKind.STAGE_ONE_RESOLUTION, t4, t3, t3.plusSeconds(86400), t3, "waiting",
                        letter, t1, t2, actor),
                new DeadlineWarningIssued(id, DeadlineKind.DEPARTMENT_RESPONSE, inquiry, t3, t4, t2, actor),
                new DeadlineMissed(id, DeadlineKind.ACKNOWLEDGEMENT, null, t3, t3, t2, actor),
                new ComplaintClosed(id, ClosureReason.ACCEPTED_BY_CUSTOMER, t1, t2, actor),
                new ComplaintWithdrawn(id, "sorted", t1, t2, actor),
                new ExternalReferralRecorded(id, "Ombudsman", t1, t2, actor),
                new LetterWritten(id, letter, LetterKind.FINAL_RESPONSE, "we found a fault", "refund", "Citizens Advice",
                        "en", t1, t2, actor),
                new ReferenceNumberReserved(reference, id, t2));
        Map<String, Object> byType = new LinkedHashMap<>();
        all.forEach(event -> byType.put(event.getClass().getName(), event));
        return byType;
    }

    /**
     * The samples as the release before revision 2 wrote them, as this release reads them after upcasting: what that
     * release had no field for is null (issue #16: R3.3's communication and R4.2's review and manager user name).
     */
    static Map<String, Object> released() {
        Map<String, Object> byType = samples();
        ComplaintResolved resolved = (ComplaintResolved) byType.get(ComplaintResolved.class.getName());
        byType.put(ComplaintResolved.class.getName(), new ComplaintResolved(resolved.complaintId(), resolved.stage(),
                resolved.outcome(), resolved.remedy(), resolved.rootCause(), resolved.customerSignposted(), null, null,
                null, resolved.occurredAt(), resolved.recordedAt(), resolved.escalationWindowEnds(),
                resolved.policyVersion(), resolved.actor()));
        EscalationAcknowledged forwarded = (EscalationAcknowledged) byType.get(EscalationAcknowledged.class.getName());
        byType.put(EscalationAcknowledged.class.getName(), new EscalationAcknowledged(forwarded.complaintId(),
                new DepartmentManager(forwarded.departmentManager().name(), forwarded.departmentManager().department()),
                forwarded.occurredAt(), forwarded.recordedAt(), forwarded.stageTwoResolutionDue(),
                forwarded.stageTwoResolutionWarningAt(), forwarded.policyVersion(), forwarded.actor()));
        return byType;
    }
}
