package uk.co.welzo.klachten.query.eventstore;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
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
import uk.co.welzo.klachten.api.complaint.event.ComplaintAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAssigned;
import uk.co.welzo.klachten.api.complaint.event.ComplaintClosed;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEscalated;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintResolved;
import uk.co.welzo.klachten.api.complaint.event.CustomerCommunicationRecorded;
import uk.co.welzo.klachten.api.complaint.event.DeadlineExtended;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputReceived;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputRequested;
import uk.co.welzo.klachten.api.complaint.event.EscalationAcknowledged;

/**
 * One complaint through both stages over Christmas 2026, with a department request, an extension
 * and two offline steps typed in a day late. Every deadline here is worked out by hand from the
 * rules (DOMAIN "Working days and time": winter, so London midnight is 00:00Z):
 * <ul>
 * <li>letter received Mon 21 Dec 09:00, typed in Tue 22 Dec 10:00: acknowledge by Wed 23 Dec 09:00 (48 h, R2.1);
 * <li>acknowledged Thu 24 Dec: 10 working days skip 25, 26, 27, 28 Dec, 1, 2, 3, 9, 10 Jan → end of Tue 12 Jan (R3.4);
 * <li>warehouse asked Tue 29 Dec: 3 working days 30, 31 Dec, 4 Jan → end of Mon 4 Jan (R3.2);
 * <li>stage 1 extended on 11 Jan to the end of Wed 20 Jan (R5);
 * <li>escalated Mon 18 Jan: target 5 working days → end of Mon 25 Jan, limit 10 → end of Mon 1 Feb (R4.3);
 * <li>escalation acknowledged Wed 20 Jan (typed in Thu 21 Jan): 10 working days → end of Wed 3 Feb (R4.4).
 * </ul>
 */
public final class TwoStageCase {

    public static final ComplaintId ID = ComplaintId.of("audit-1");
    public static final ReferenceNumber REFERENCE = ReferenceNumber.random(new java.util.Random(11));
    public static final Actor AGENT = new Actor("agent");
    public static final Actor HEAD = new Actor("head");
    public static final Actor MANAGER = new Actor("manager");
    public static final String POLICY = "2026-11-1";

    public static final Instant RECEIVED = Instant.parse("2026-12-21T09:00:00Z");
    public static final Instant TYPED_IN = Instant.parse("2026-12-22T10:00:00Z");
    public static final Instant ACK_DUE = Instant.parse("2026-12-23T09:00:00Z");
    public static final Instant ACKNOWLEDGED = Instant.parse("2026-12-24T10:00:00Z");
    public static final Instant STAGE_ONE_DUE = Instant.parse("2027-01-13T00:00:00Z");
    public static final Instant ASKED = Instant.parse("2026-12-29T09:00:00Z");
    public static final Instant ANSWER_DUE = Instant.parse("2027-01-05T00:00:00Z");
    public static final Instant ANSWERED = Instant.parse("2027-01-04T15:00:00Z");
    public static final Instant EXTENDED = Instant.parse("2027-01-11T10:00:00Z");
    public static final Instant EXTENDED_DUE = Instant.parse("2027-01-21T00:00:00Z");
    public static final Instant RESOLVED_ONE = Instant.parse("2027-01-15T12:00:00Z");
    public static final Instant ESCALATED = Instant.parse("2027-01-18T09:00:00Z");
    public static final Instant TARGET_DUE = Instant.parse("2027-01-26T00:00:00Z");
    public static final Instant LIMIT_DUE = Instant.parse("2027-02-02T00:00:00Z");
    public static final Instant ESCALATION_ACKNOWLEDGED = Instant.parse("2027-01-20T10:00:00Z");
    public static final Instant ESCALATION_TYPED_IN = Instant.parse("2027-01-21T09:00:00Z");
    public static final Instant STAGE_TWO_DUE = Instant.parse("2027-02-04T00:00:00Z");
    public static final Instant RESOLVED_TWO = Instant.parse("2027-02-02T14:00:00Z");
    public static final Instant CLOSED = Instant.parse("2027-02-03T09:00:00Z");

    private TwoStageCase() {
    }

    public static List<Object> payloads() {
        InquiryId wh1 = InquiryId.of("wh-1");
        CommunicationId ext1 = CommunicationId.of("ext-1");
        return List.of(
                new ComplaintLodged(ID, REFERENCE, Channel.LETTER, Category.PRODUCT_DEFECT,
                        new Complainant("Ann Example", "ann@example.org", null, "1 High St"),
                        "The monitor arrived <broken> & unusable", null, "BP monitor", RECEIVED, TYPED_IN, ACK_DUE,
                        ACK_DUE.minus(Duration.ofHours(12)), POLICY, new Actor("intake")),
                new ComplaintAcknowledged(ID, REFERENCE, CommunicationChannel.EMAIL, ACKNOWLEDGED, ACKNOWLEDGED, STAGE_ONE_DUE,
                        Instant.parse("2027-01-12T00:00:00Z"), POLICY, AGENT),
                new ComplaintAssigned(ID, "agent", null, ACKNOWLEDGED.plusSeconds(3600), ACKNOWLEDGED.plusSeconds(3600), AGENT),
                new DepartmentInputRequested(ID, wh1, Department.WAREHOUSE_MANAGEMENT, "Packed without padding?", ASKED,
                        ASKED, ANSWER_DUE, Instant.parse("2027-01-01T00:00:00Z"), POLICY, AGENT),
                new DepartmentInputReceived(ID, wh1, Department.WAREHOUSE_MANAGEMENT, "Yes, no padding", ANSWERED,
                        ANSWERED, AGENT),
                new DeadlineExtended(ID, DeadlineKind.STAGE_ONE_RESOLUTION, STAGE_ONE_DUE, STAGE_ONE_DUE, EXTENDED_DUE,
                        Instant.parse("2027-01-20T00:00:00Z"), "Awaiting supplier test report", ext1, EXTENDED, EXTENDED, HEAD),
                new CustomerCommunicationRecorded(ID, ext1, CommunicationChannel.EMAIL, Direction.OUTBOUND,
                        "Awaiting the supplier's report; new date 20 January", EXTENDED, EXTENDED, HEAD),
                new ComplaintResolved(ID, Stage.ONE, Outcome.PARTLY_UPHELD, "Refund", "packaging", false, null, null, null, RESOLVED_ONE,
                        RESOLVED_ONE, RESOLVED_ONE.plus(Duration.ofDays(56)), POLICY, AGENT),
                new ComplaintEscalated(ID, "Wants a replacement too", ESCALATED, ESCALATED, TARGET_DUE, LIMIT_DUE,
                        Instant.parse("2027-01-23T00:00:00Z"), Instant.parse("2027-01-30T00:00:00Z"), POLICY, AGENT),
                new EscalationAcknowledged(ID, new DepartmentManager("Sam Manager", "Warehouse"), ESCALATION_ACKNOWLEDGED,
                        ESCALATION_TYPED_IN, STAGE_TWO_DUE, Instant.parse("2027-02-03T00:00:00Z"), POLICY, HEAD),
                new ComplaintResolved(ID, Stage.TWO, Outcome.UPHELD, "Replacement sent", "supplier defect", true, null, null, null,
                        RESOLVED_TWO, RESOLVED_TWO, null, POLICY, MANAGER),
                new ComplaintClosed(ID, ClosureReason.FINAL_RESPONSE_GIVEN, CLOSED, CLOSED, AGENT));
    }

    /** As the store returns them: the store's own timestamp is the recorded time. */
    public static List<GenericDomainEventMessage<Object>> messages() {
        List<GenericDomainEventMessage<Object>> messages = new ArrayList<>();
        List<Object> payloads = payloads();
        for (int i = 0; i < payloads.size(); i++) {
            Object payload = payloads.get(i);
            Instant recorded = StoredEvent.of(new GenericDomainEventMessage<>("Complaint", ID.value(), i, payload)).recordedAt();
            messages.add(new GenericDomainEventMessage<>("Complaint", ID.value(), i, payload, MetaData.emptyInstance(),
                    UUID.nameUUIDFromBytes(("audit-1/" + i).getBytes()).toString(), recorded));
        }
        return messages;
    }

    public static List<StoredEvent> stored() {
        return messages().stream().map(StoredEvent::of).toList();
    }
}
