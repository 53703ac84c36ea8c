package uk.co.welzo.klachten.api.complaint.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static uk.co.welzo.klachten.api.complaint.DeadlineKind.ACKNOWLEDGEMENT;
import static uk.co.welzo.klachten.api.complaint.DeadlineKind.DEPARTMENT_RESPONSE;
import static uk.co.welzo.klachten.api.complaint.DeadlineKind.ESCALATION_ACKNOWLEDGEMENT_LIMIT;
import static uk.co.welzo.klachten.api.complaint.DeadlineKind.ESCALATION_ACKNOWLEDGEMENT_TARGET;
import static uk.co.welzo.klachten.api.complaint.DeadlineKind.STAGE_ONE_RESOLUTION;
import static uk.co.welzo.klachten.api.complaint.DeadlineKind.STAGE_TWO_RESOLUTION;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.ClosureReason;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;
import uk.co.welzo.klachten.api.complaint.CommunicationId;
import uk.co.welzo.klachten.api.complaint.Complainant;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.Department;
import uk.co.welzo.klachten.api.complaint.DepartmentManager;
import uk.co.welzo.klachten.api.complaint.InquiryId;
import uk.co.welzo.klachten.api.complaint.Outcome;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintClosed;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEscalated;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEvent;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintResolved;
import uk.co.welzo.klachten.api.complaint.event.ComplaintWithdrawn;
import uk.co.welzo.klachten.api.complaint.event.DeadlineExtended;
import uk.co.welzo.klachten.api.complaint.event.DeadlineMissed;
import uk.co.welzo.klachten.api.complaint.event.DeadlineWarningIssued;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputReceived;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputRequested;
import uk.co.welzo.klachten.api.complaint.event.EscalationAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.ReferenceNumberReserved;

class ComplaintTransitionTest {

    static final ComplaintId ID = ComplaintId.of("c-1");
    static final Actor ACTOR = new Actor("alice");
    static final InquiryId INQUIRY = InquiryId.of("i-1");
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void everyComplaintEventHasATransition() {
        List<ComplaintEvent> samples = ComplaintEventSamples.all();

        assertThat(samples).hasSize(ComplaintEvent.class.getPermittedSubclasses().length);
        for (ComplaintEvent sample : samples) {
            assertThatCode(() -> ComplaintTransition.next(lodged(), sample))
                    .as(sample.getClass().getSimpleName()).doesNotThrowAnyException();
        }
    }

    @Test
    void aReferenceReservationIsNoComplaintEvent() {
        assertThat(ComplaintEvent.class.isAssignableFrom(ReferenceNumberReserved.class)).isFalse();
    }

    @Test
    void lodgingStartsTheAcknowledgementClockAtStageOne() {
        ComplaintState state = lodged();

        assertThat(state.status()).isEqualTo(ComplaintStatus.RECEIVED);
        assertThat(state.stage()).isEqualTo(Stage.ONE);
        assertThat(state.deadlines()).containsExactly(new RunningDeadline(ACKNOWLEDGEMENT, null, at(48), at(48), at(40),
                "p1", null, null));
    }

    @Test
    void acknowledgementMeetsItsDeadlineAndStartsStageOneResolution() {
        ComplaintState state = acknowledged();

        assertThat(state.status()).isEqualTo(ComplaintStatus.UNDER_INVESTIGATION);
        assertThat(state.deadlines()).extracting(RunningDeadline::kind).containsExactly(STAGE_ONE_RESOLUTION);
    }

    @Test
    void anInquiryRunsItsOwnDeadlineUntilAnswered() {
        ComplaintState asked = next(acknowledged(), new DepartmentInputRequested(ID, INQUIRY, Department.PHARMACY,
                "dose?", at(2), at(2), at(72), at(60), "p1", ACTOR));

        assertThat(asked.inquiries()).containsExactly(new OpenInquiry(INQUIRY, Department.PHARMACY, "dose?", at(2), at(72)));
        assertThat(asked.deadline(DEPARTMENT_RESPONSE, INQUIRY)).isPresent();

        ComplaintState answered = next(asked, new DepartmentInputReceived(ID, INQUIRY, Department.PHARMACY, "5mg",
                at(3), at(3), ACTOR));

        assertThat(answered.inquiries()).isEmpty();
        assertThat(answered.deadlines()).extracting(RunningDeadline::kind).containsExactly(STAGE_ONE_RESOLUTION);
    }

    @Test
    void aWarningAndABreachConcernOnlyTheDueInForceAndAnExtensionStartsThemAfresh() {
        ComplaintState warned = next(acknowledged(), new DeadlineWarningIssued(ID, STAGE_ONE_RESOLUTION, null, at(240),
                at(230), at(231), ACTOR));
        ComplaintState staleBreach = next(warned, new DeadlineMissed(ID, STAGE_ONE_RESOLUTION, null, at(999), at(999),
                at(999), ACTOR));

        assertThat(staleBreach.resolution().orElseThrow().warnedAt()).isEqualTo(at(230));
        assertThat(staleBreach.resolution().orElseThrow().missed()).isFalse();

        ComplaintState extended = next(staleBreach, new DeadlineExtended(ID, STAGE_ONE_RESOLUTION, at(240), at(240),
                at(300), at(290), "lab", CommunicationId.of("m-1"), at(232), at(232), ACTOR));

        assertThat(extended.resolution().orElseThrow()).isEqualTo(new RunningDeadline(STAGE_ONE_RESOLUTION, null,
                at(240), at(300), at(290), "p1", null, null));
    }

    @Test
    void escalationRunsTwoAcknowledgementClocksThenStageTwoResolution() {
        ComplaintState resolved = next(acknowledged(), new ComplaintResolved(ID, Stage.ONE, Outcome.NOT_UPHELD, "none",
                "none", false, null, null, null, at(100), at(100), at(1000), "p1", ACTOR));
        assertThat(resolved.status()).isEqualTo(ComplaintStatus.RESOLVED_AT_STAGE_ONE);
        assertThat(resolved.deadlines()).isEmpty();

        ComplaintState escalated = next(resolved, new ComplaintEscalated(ID, "unhappy", at(200), at(200), at(300),
                at(400), at(290), at(390), "p1", ACTOR));
        assertThat(escalated.status()).isEqualTo(ComplaintStatus.ESCALATED);
        assertThat(escalated.stage()).isEqualTo(Stage.TWO);
        assertThat(escalated.deadlines()).extracting(RunningDeadline::kind)
                .containsExactly(ESCALATION_ACKNOWLEDGEMENT_TARGET, ESCALATION_ACKNOWLEDGEMENT_LIMIT);

        ComplaintState underReview = next(escalated, new EscalationAcknowledged(ID, new DepartmentManager("Dee", "Ops"),
                at(250), at(250), at(500), at(490), "p1", ACTOR));
        assertThat(underReview.status()).isEqualTo(ComplaintStatus.UNDER_REVIEW);
        assertThat(underReview.deadlines()).extracting(RunningDeadline::kind).containsExactly(STAGE_TWO_RESOLUTION);

        ComplaintState closed = next(next(underReview, new ComplaintResolved(ID, Stage.TWO, Outcome.UPHELD, "refund",
                "courier", true, null, null, null, at(300), at(300), null, "p1", ACTOR)),
                new ComplaintClosed(ID, ClosureReason.FINAL_RESPONSE_GIVEN, at(301), at(301), ACTOR));
        assertThat(closed.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(closed.stage()).isEqualTo(Stage.TWO);
    }

    @Test
    void endingTheComplaintStopsEveryClockButKeepsItsOpenRequests() {
        ComplaintState asked = next(acknowledged(), new DepartmentInputRequested(ID, INQUIRY, Department.PHARMACY,
                "dose?", at(2), at(2), at(72), at(60), "p1", ACTOR));

        ComplaintState withdrawn = next(asked, new ComplaintWithdrawn(ID, null, at(5), at(5), ACTOR));

        assertThat(withdrawn.status()).isEqualTo(ComplaintStatus.WITHDRAWN);
        assertThat(withdrawn.deadlines()).isEmpty();
        assertThat(withdrawn.inquiries()).hasSize(1);
    }

    static ComplaintState lodged() {
        return next(ComplaintState.NONE, new ComplaintLodged(ID, ReferenceNumber.parse("Q1N-19Y-8PN"), Channel.values()[0],
                Category.values()[0], new Complainant("Ann", null, null, null), "late", null, null, T0, T0, at(48),
                at(40), "p1", ACTOR));
    }

    static ComplaintState acknowledged() {
        return next(lodged(), new ComplaintAcknowledged(ID, ReferenceNumber.parse("Q1N-19Y-8PN"), CommunicationChannel.values()[0], at(1), at(1), at(240),
                at(230), "p1", ACTOR));
    }

    private static ComplaintState next(ComplaintState state, ComplaintEvent event) {
        return ComplaintTransition.next(state, event);
    }

    private static Instant at(int hours) {
        return T0.plus(Duration.ofHours(hours));
    }
}
