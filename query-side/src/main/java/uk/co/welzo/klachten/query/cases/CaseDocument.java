package uk.co.welzo.klachten.query.cases;

import uk.co.welzo.klachten.query.readmodel.ProjectedDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.Complainant;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.Department;
import uk.co.welzo.klachten.api.complaint.DepartmentManager;
import uk.co.welzo.klachten.api.complaint.InquiryId;
import uk.co.welzo.klachten.api.complaint.Outcome;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEvent;
import uk.co.welzo.klachten.api.complaint.lifecycle.ComplaintChanges;
import uk.co.welzo.klachten.api.complaint.lifecycle.ComplaintTransition;
import uk.co.welzo.klachten.api.complaint.lifecycle.DeadlineSet;
import uk.co.welzo.klachten.api.complaint.query.ComplaintView;
import uk.co.welzo.klachten.api.complaint.query.DeadlineView;
import uk.co.welzo.klachten.api.complaint.query.InquiryView;
import uk.co.welzo.klachten.api.complaint.query.TimelineEntry;
import uk.co.welzo.klachten.api.dataprotection.ErasureGround;
import uk.co.welzo.klachten.query.readmodel.Erasure;

/**
 * One complaint as the staff who handle it see it. Holds personal data (complainant,
 * description, inquiry texts) — never the timeline summaries, which analysts may read.
 */
@Document("cases")
class CaseDocument extends ProjectedDocument {

    @Id
    String id;
    @Indexed(unique = true)
    String reference;
    ComplaintStatus status;
    Stage stage;
    Channel channel;
    Category category;
    Complainant complainant;
    String description;
    String orderNumber;
    String product;
    Instant receivedAt;
    String handler;
    List<Deadline> deadlines = new ArrayList<>();
    List<Inquiry> inquiries = new ArrayList<>();
    DepartmentManager departmentManager;
    Outcome outcome;
    String remedy;
    String rootCause;
    Instant escalationWindowEnds;
    String closureReason;
    List<String> externalReferrals = new ArrayList<>();
    List<Step> timeline = new ArrayList<>();
    /** When and on which ground the complainant's personal data was erased (R8.2); null until then. */
    Instant personalDataErasedAt;
    ErasureGround erasureGround;

    record Deadline(DeadlineKind kind, Instant originalDue, Instant currentDue, Instant metAt) {
    }

    record Inquiry(String id, Department department, String question, Instant requestedAt,
                   String answer, Instant answeredAt) {
    }

    /** A timeline entry: summary says what happened without personal data; text is what people wrote in it. */
    record Step(long sequence, String type, String summary, Instant occurredAt, Instant recordedAt, String actor,
                String text) {
    }

    /**
     * Moves status and stage, and keeps the complaint's own deadlines (set, met, extended), as
     * {@link ComplaintTransition} says the event does. Department requests are kept as inquiries, with
     * their answers; a deadline stopped by closure stays listed, unmet.
     */
    void follow(ComplaintEvent event) {
        ComplaintTransition.tell(event, new ComplaintChanges() {
            @Override
            public void statusChanged(ComplaintStatus next) {
                status = next;
            }

            @Override
            public void stageChanged(Stage next) {
                stage = next;
            }

            @Override
            public void deadlineSet(DeadlineSet deadline) {
                if (deadline.inquiryId() == null) {
                    startDeadline(deadline.kind(), deadline.due());
                }
            }

            @Override
            public void obligationMet(DeadlineKind kind, InquiryId inquiryId) {
                if (inquiryId == null) {
                    meetDeadline(kind, event.occurredAt());
                }
            }

            @Override
            public void deadlineExtended(DeadlineKind kind, Instant originalDue, Instant previousDue, Instant newDue,
                                         Instant newWarningAt) {
                extendDeadline(kind, originalDue, newDue);
            }
        });
    }

    private void startDeadline(DeadlineKind kind, Instant due) {
        deadlines.removeIf(deadline -> deadline.kind() == kind);
        deadlines.add(new Deadline(kind, due, due, null));
    }

    private void meetDeadline(DeadlineKind kind, Instant at) {
        changeDeadline(kind, deadline -> new Deadline(kind, deadline.originalDue(), deadline.currentDue(), at));
    }

    private void extendDeadline(DeadlineKind kind, Instant originalDue, Instant newDue) {
        if (deadlines.stream().noneMatch(deadline -> deadline.kind() == kind)) {
            deadlines.add(new Deadline(kind, originalDue, newDue, null));
        }
        changeDeadline(kind, deadline -> new Deadline(kind, deadline.originalDue(), newDue, deadline.metAt()));
    }

    private void changeDeadline(DeadlineKind kind, UnaryOperator<Deadline> change) {
        deadlines.replaceAll(deadline -> deadline.kind() == kind ? change.apply(deadline) : deadline);
    }

    void answerInquiry(String inquiryId, String answer, Instant at) {
        inquiries.replaceAll(inquiry -> inquiry.id().equals(inquiryId)
                ? new Inquiry(inquiry.id(), inquiry.department(), inquiry.question(), inquiry.requestedAt(), answer, at)
                : inquiry);
    }

    /**
     * R8.2: every text fed from the complainant's personal data reads as erased, as a replay after the erasure writes
     * it; the facts (dates, deadlines, outcome, root cause, staff names, referral bodies) stay.
     */
    void erasePersonalData(Instant at, ErasureGround ground) {
        complainant = Erasure.complainant(complainant);
        description = Erasure.text(description);
        orderNumber = Erasure.text(orderNumber);
        remedy = Erasure.text(remedy);
        inquiries.replaceAll(inquiry -> new Inquiry(inquiry.id(), inquiry.department(), Erasure.text(inquiry.question()),
                inquiry.requestedAt(), Erasure.text(inquiry.answer()), inquiry.answeredAt()));
        timeline.replaceAll(step -> new Step(step.sequence(), step.type(), step.summary(), step.occurredAt(),
                step.recordedAt(), step.actor(), Erasure.text(step.text())));
        personalDataErasedAt = at;
        erasureGround = ground;
    }

    ComplaintView toView() {
        return new ComplaintView(id, reference, status, stage, channel, category, complainant, description,
                orderNumber, product, receivedAt, handler,
                deadlines.stream().map(d -> new DeadlineView(d.kind(), d.originalDue(), d.currentDue(), d.metAt())).toList(),
                inquiries.stream().map(i -> new InquiryView(i.id(), i.department(), i.question(), i.requestedAt(),
                        i.answer(), i.answeredAt())).toList(),
                departmentManager == null ? null : departmentManager.name() + " (" + departmentManager.department() + ")",
                outcome, remedy, rootCause, escalationWindowEnds, closureReason, List.copyOf(externalReferrals),
                timeline.stream().map(s -> new TimelineEntry(s.sequence(), s.type(), s.summary(), s.occurredAt(),
                        s.recordedAt(), s.actor(), s.text())).toList(),
                lastSequence, personalDataErasedAt, erasureGround);
    }
}
