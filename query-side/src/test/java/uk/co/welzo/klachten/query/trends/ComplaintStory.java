package uk.co.welzo.klachten.query.trends;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.ClosureReason;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;
import uk.co.welzo.klachten.api.complaint.CommunicationId;
import uk.co.welzo.klachten.api.complaint.Complainant;
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
import uk.co.welzo.klachten.api.complaint.event.ComplaintRecategorised;
import uk.co.welzo.klachten.api.complaint.event.ComplaintResolved;
import uk.co.welzo.klachten.api.complaint.event.CustomerCommunicationRecorded;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputReceived;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputRequested;
import uk.co.welzo.klachten.api.complaint.event.EscalationAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.InvestigationNoteRecorded;

/**
 * One complaint's events in order, written as a story: times are hours after receipt. Every story carries the same
 * distinctive personal data and free text, so tests can show none of it reaches the trends (R8.1).
 */
final class ComplaintStory {

    static final String NAME = "Zebedee Quillfeather";
    static final String EMAIL = "zebedee.quillfeather@example.org";
    static final String DESCRIPTION = "My grandmother's inhaler was crushed";
    static final String SECRET_NOTE = "customer sounded upset about her diagnosis";
    static final Actor AGENT = new Actor("agent");
    static final String POLICY = "2026.1";

    final ComplaintId id;
    final Instant receivedAt;
    final List<Object> events = new ArrayList<>();
    private Instant last;
    private int inquiries;

    private ComplaintStory(String id, Instant receivedAt) {
        this.id = ComplaintId.of(id);
        this.receivedAt = receivedAt;
        this.last = receivedAt;
    }

    static ComplaintStory lodged(String id, String receivedAt, Category category, Channel channel, String product) {
        ComplaintStory story = new ComplaintStory(id, Instant.parse(receivedAt));
        story.events.add(new ComplaintLodged(story.id, ReferenceNumber.parse("Q1N-19Y-8PN"), channel, category,
                new Complainant(NAME, EMAIL, "+44 20 7946 0000", "1 Example Road, London"), DESCRIPTION, "ORD-778899",
                product, story.receivedAt, story.receivedAt, story.hours(48), story.hours(36), POLICY, AGENT));
        return story;
    }

    Instant hours(double hours) {
        return receivedAt.plus(Duration.ofSeconds(Math.round(hours * 3600)));
    }

    ComplaintStory acknowledged(double afterHours) {
        Instant at = at(afterHours);
        events.add(new ComplaintAcknowledged(id, ReferenceNumber.parse("Q1N-19Y-8PN"), CommunicationChannel.EMAIL, at, at, at.plus(Duration.ofDays(14)),
                at.plus(Duration.ofDays(13)), POLICY, AGENT));
        events.add(new ComplaintAssigned(id, "agent", null, at, at, AGENT));
        events.add(new InvestigationNoteRecorded(id, SECRET_NOTE, at, at, AGENT));
        return this;
    }

    ComplaintStory recategorised(Category from, Category to) {
        events.add(new ComplaintRecategorised(id, from, to, "Turned out to be about " + NAME, last, last, AGENT));
        return this;
    }

    ComplaintStory asked(Department department) {
        InquiryId inquiry = InquiryId.of("i-" + ++inquiries);
        events.add(new DepartmentInputRequested(id, inquiry, department, "Did " + NAME + " get the parcel?", last, last,
                last.plus(Duration.ofDays(3)), last.plus(Duration.ofDays(2)), POLICY, AGENT));
        events.add(new DepartmentInputReceived(id, inquiry, department, "Yes, " + NAME + " signed", last, last, AGENT));
        return this;
    }

    ComplaintStory resolved(double afterHours, Outcome outcome, String rootCause) {
        Instant at = at(afterHours);
        events.add(new CustomerCommunicationRecorded(id, CommunicationId.of("m-" + events.size()), CommunicationChannel.PHONE,
                Direction.OUTBOUND, "Told " + NAME + " the findings", at, at, AGENT));
        events.add(new ComplaintResolved(id, Stage.ONE, outcome, "Refund to " + EMAIL, rootCause, false, null, null, null, at, at,
                at.plus(Duration.ofDays(56)), POLICY, AGENT));
        return this;
    }

    ComplaintStory escalated(double afterHours) {
        Instant at = at(afterHours);
        events.add(new ComplaintEscalated(id, NAME + " is still unhappy", at, at, at.plus(Duration.ofDays(7)),
                at.plus(Duration.ofDays(14)), at.plus(Duration.ofDays(6)), at.plus(Duration.ofDays(13)), POLICY, AGENT));
        return this;
    }

    ComplaintStory resolvedAtStageTwo(double afterHours, Outcome outcome, String rootCause) {
        Instant acknowledged = at(afterHours - 1);
        events.add(new EscalationAcknowledged(id, new DepartmentManager("Dana Manager", "Warehouse"), acknowledged,
                acknowledged, acknowledged.plus(Duration.ofDays(14)), acknowledged.plus(Duration.ofDays(13)), POLICY, AGENT));
        Instant at = at(afterHours);
        events.add(new ComplaintResolved(id, Stage.TWO, outcome, "Replacement for " + NAME, rootCause, true, null, null, null, at, at,
                null, POLICY, AGENT));
        return this;
    }

    ComplaintStory closed() {
        events.add(new ComplaintClosed(id, ClosureReason.ACCEPTED_BY_CUSTOMER, last, last, AGENT));
        return this;
    }

    private Instant at(double afterHours) {
        last = hours(afterHours);
        return last;
    }
}
