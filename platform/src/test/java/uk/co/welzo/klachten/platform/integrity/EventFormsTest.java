package uk.co.welzo.klachten.platform.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import uk.co.welzo.klachten.api.complaint.event.LegalHoldPlaced;
import uk.co.welzo.klachten.api.complaint.event.LegalHoldReleased;
import uk.co.welzo.klachten.api.complaint.event.PersonalDataErased;
import uk.co.welzo.klachten.api.complaint.event.RetentionScheduled;
import uk.co.welzo.klachten.api.dataprotection.ErasureGround;
import uk.co.welzo.klachten.api.dataprotection.Requester;
import uk.co.welzo.klachten.platform.dataprotection.InMemorySubjectKeys;
import uk.co.welzo.klachten.platform.dataprotection.PersonalFields;
import uk.co.welzo.klachten.platform.dataprotection.SubjectKey;
import uk.co.welzo.klachten.platform.dataprotection.SubjectKeys;
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
import uk.co.welzo.klachten.api.improvement.ImprovementActionId;
import uk.co.welzo.klachten.api.improvement.ImprovementState;
import uk.co.welzo.klachten.api.improvement.ProblemArea;
import uk.co.welzo.klachten.api.improvement.ProblemKind;
import uk.co.welzo.klachten.api.improvement.event.ComplaintLinkedToAction;
import uk.co.welzo.klachten.api.improvement.event.ComplaintUnlinkedFromAction;
import uk.co.welzo.klachten.api.improvement.event.ImprovementActionAgreed;
import uk.co.welzo.klachten.api.improvement.event.ImprovementActionCompleted;
import uk.co.welzo.klachten.api.improvement.event.ImprovementActionDropped;
import uk.co.welzo.klachten.api.improvement.event.ImprovementActionEvent;
import uk.co.welzo.klachten.api.improvement.event.ImprovementActionRaised;
import uk.co.welzo.klachten.api.improvement.event.ImprovementActionStarted;
import uk.co.welzo.klachten.api.improvement.event.ImprovementEffectReviewed;
import uk.co.welzo.klachten.platform.axon.AxonSerializerConfiguration;
import uk.co.welzo.klachten.platform.problem.JacksonConfiguration;

/**
 * Stored events are hash-chained: their JSON, as the application's Axon serializer writes it and as
 * the chain hashes it, must never change for a released event. One instance of every event type is
 * written and compared with the forms captured in {@value #FORMS}; a change to an event's Java shape
 * (a new interface, a helper method) that leaks into its JSON fails here. Rewrite the file only for a
 * deliberate, upcasted change: run with {@code -Dklachten.event-forms.record=true}.
 */
class EventFormsTest {

    static final String FORMS = "src/test/resources/integrity/event-forms.txt";

    private final ApplicationContextRunner application = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
            .withUserConfiguration(JacksonConfiguration.class, AxonSerializerConfiguration.class)
            .withBean(SubjectKeys.class, InMemorySubjectKeys::new);

    /**
     * The forms are the events' JSON with their personal texts as written: what the event serializer stores, with each
     * encrypted text ({@code pd1:...}, random every time) decrypted again under its subject's key. So the shape stays
     * pinned, and nothing but the {@code @PersonalData} texts differs between the stored and the written form.
     */
    @Test
    void everyEventKeepsItsStoredAndHashedJson() {
        application.run(context -> {
            Serializer events = context.getBean("eventSerializer", Serializer.class);
            SubjectKeys keys = context.getBean(SubjectKeys.class);
            ObjectMapper reader = new ObjectMapper();
            List<String> forms = new ArrayList<>();
            for (Map.Entry<String, Object> sample : samples().entrySet()) {
                String stored = decrypted(events.serialize(sample.getValue(), String.class).getData(), sample.getValue(),
                        keys);
                forms.add(sample.getKey() + "\t" + stored + "\t" + EventChain.canonical(reader.readTree(stored)));
            }
            Path file = Path.of(FORMS);
            if (Boolean.getBoolean("klachten.event-forms.record")) {
                Files.createDirectories(file.getParent());
                Files.write(file, forms, StandardCharsets.UTF_8);
            }
            assertThat(forms).containsExactlyElementsOf(recorded(file));
        });
    }

    @Test
    void everyEventHasARevision() {
        samples().values().forEach(event -> assertThat(event.getClass().getAnnotation(Revision.class))
                .as(event.getClass().getName()).isNotNull());
    }

    @Test
    void samplesCoverEveryComplaintEventAndTheReservationAndEveryImprovementActionEvent() {
        List<String> types = new ArrayList<>();
        Arrays.stream(ComplaintEvent.class.getPermittedSubclasses()).forEach(type -> types.add(type.getName()));
        Arrays.stream(ImprovementActionEvent.class.getPermittedSubclasses()).forEach(type -> types.add(type.getName()));
        types.add(ReferenceNumberReserved.class.getName());

        assertThat(samples().keySet()).containsExactlyInAnyOrderElementsOf(types);
    }

    @Test
    void r8_2_theStoredFormHoldsNoPersonalTextInClear() {
        application.run(context -> {
            Serializer events = context.getBean("eventSerializer", Serializer.class);
            String lodged = events.serialize(samples().get(ComplaintLodged.class.getName()), String.class).getData();
            assertThat(lodged).doesNotContain("Ann Example", "ann@example.org", "7946", "1 Street", "parcel never came",
                    "ORD-1").contains("\"product\":\"Vitamin D\"", "pd1:");
        });
    }

    /** {@code stored} with every encrypted text of {@code event}'s personal components decrypted. */
    private static String decrypted(String stored, Object event, SubjectKeys keys) throws IOException {
        List<String> personal = PersonalFields.of(event.getClass());
        if (personal.isEmpty()) {
            return stored;
        }
        ObjectMapper mapper = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode tree =
                (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(stored);
        SubjectKey key = keys.obtain(PersonalFields.subjectOf(event));
        java.util.Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> members = tree.fields();
        while (members.hasNext()) {
            Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> member = members.next();
            if (personal.contains(member.getKey())) {
                member.setValue(decrypt(member.getValue(), member.getKey(), key));
            }
        }
        return mapper.writeValueAsString(tree);
    }

    private static com.fasterxml.jackson.databind.JsonNode decrypt(com.fasterxml.jackson.databind.JsonNode value,
                                                                   String path, SubjectKey key) {
        try {
            if (value.isTextual()) {
                return com.fasterxml.jackson.databind.node.TextNode.valueOf(key.decrypt(path, value.textValue()));
            }
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError("does not decrypt: " + path, e);
        }
        if (value instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            java.util.Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> field = fields.next();
                if (!field.getValue().isNull()) {
                    field.setValue(decrypt(field.getValue(), path + "." + field.getKey(), key));
                }
            }
        }
        return value;
    }

    private static List<String> recorded(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    /** One instance of every stored event type, every field filled where the type allows it. */
    static Map<String, Object> samples() {
        ComplaintId id = ComplaintId.of("c-1");
        ReferenceNumber reference = ReferenceNumber.parse("Q1N-19Y-8PN");
        Actor actor = new Actor("alice");
        InquiryId inquiry = InquiryId.of("i-1");
        CommunicationId letter = CommunicationId.of("m-1");
        ImprovementActionId action = ImprovementActionId.of("ia-1");
        Instant t1 = Instant.parse("2026-03-02T09:15:30Z");
        Instant t2 = Instant.parse("2026-03-02T09:16:00.123Z");
        Instant t3 = Instant.parse("2026-03-16T23:59:59.999999999Z");
        Instant t4 = Instant.parse("2026-03-13T09:00:00Z");
        List<Object> all = List.of(
                new ComplaintLodged(id, reference, Channel.values()[0], Category.values()[0],
                        new Complainant("Ann Example", "ann@example.org", "+44 20 7946 0000", "1 Street, London"),
                        "the parcel never came", "ORD-1", "Vitamin D", t1, t2, t3, t4, "policy-1", actor),
                new ComplaintAcknowledged(id, reference, CommunicationChannel.values()[0], t1, t2, t3, t4, "policy-1", actor),
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
                new RetentionScheduled(id, t3.plusSeconds(6L * 366 * 86400), "personal-data-P6Y-after-end", t1, t2, actor),
                new LegalHoldPlaced(id, "a claim was filed", t1, t2, actor),
                new LegalHoldReleased(id, "the claim was settled", t3, t1, t2, actor),
                new PersonalDataErased(id, ErasureGround.NO_LONGER_NECESSARY, Requester.DATA_SUBJECT, "DSR-2026-0042", t1,
                        t2, actor),
                new ReferenceNumberReserved(reference, id, t2),
                new ImprovementActionRaised(action, "Double boxes", new ProblemArea(ProblemKind.ROOT_CAUSE, "Courier damage"),
                        "Warehouse", "dee", java.time.LocalDate.parse("2026-04-30"), t2, actor),
                new ComplaintLinkedToAction(action, id, "same damage", t2, actor),
                new ComplaintUnlinkedFromAction(action, id, "other cause", t2, actor),
                new ImprovementActionAgreed(action, t2, actor),
                new ImprovementActionStarted(action, t2, actor),
                new ImprovementActionCompleted(action, "double boxes in use", t2, actor),
                new ImprovementEffectReviewed(action, "half the damage", t2, actor),
                new ImprovementActionDropped(action, "courier replaced", ImprovementState.AGREED, t2, actor));
        Map<String, Object> byType = new LinkedHashMap<>();
        all.forEach(event -> byType.put(event.getClass().getName(), event));
        return byType;
    }
}
