package uk.co.welzo.klachten.query.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.co.welzo.klachten.query.sla.SlaEvents.at;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.sla.ClockVerdict;
import uk.co.welzo.klachten.api.sla.BreachCountSummary;
import uk.co.welzo.klachten.api.sla.BreachCountsView;
import uk.co.welzo.klachten.api.sla.CurrentBreachPageView;
import uk.co.welzo.klachten.api.sla.CurrentBreachesView;
import uk.co.welzo.klachten.api.sla.FindBreachCounts;
import uk.co.welzo.klachten.api.sla.FindCurrentBreachPage;
import uk.co.welzo.klachten.api.sla.FindCurrentBreaches;
import uk.co.welzo.klachten.api.sla.FindSlaClocks;
import uk.co.welzo.klachten.api.sla.FindSlaCompliance;
import uk.co.welzo.klachten.api.sla.SlaBreachSummary;
import uk.co.welzo.klachten.api.sla.SlaClockView;
import uk.co.welzo.klachten.api.sla.SlaComplianceSummary;
import uk.co.welzo.klachten.api.sla.SlaComplianceView;
import uk.co.welzo.klachten.api.sla.SlaPeriod;
import uk.co.welzo.klachten.api.sla.SlaShare;
import uk.co.welzo.klachten.query.MongoTestServer;

/** SLA reporting (R5.3, R6.1): time taken per clock, compliance per period and current breaches, against a real MongoDB wire server. */
@ExtendWith(MongoTestServer.class)
class SlaReportingTest {

    private static MongoTemplate mongo;
    private SlaEvents events;

    @BeforeAll
    static void connect(MongoTemplate readModels) {
        mongo = readModels;
    }

    @BeforeEach
    void clean() {
        AnnotationEventHandlerAdapter projection = new AnnotationEventHandlerAdapter(new SlaProjection(mongo,
                new SlaBreachUpdates(SimpleQueryUpdateEmitter.builder().build(), mongo, Clock.systemUTC())));
        projection.prepareReset();
        events = new SlaEvents(projection);
    }

    private static SlaQueryHandler handlerAt(Instant now) {
        return new SlaQueryHandler(mongo, Clock.fixed(now, ZoneOffset.UTC), SlaCalendars.ENGLAND);
    }

    private static SlaClockView clock(ComplaintId id, DeadlineKind kind, Instant now) {
        return handlerAt(now).handle(new FindSlaClocks(id)).orElseThrow().clocks().stream()
                .filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("R6.1 time taken across the Easter bank holiday weekend: clock hours, and working days after the start date")
    void timeTakenAcrossBankHolidayWeekend() {
        ComplaintId id = ComplaintId.of("taken-1");
        // lodged Thursday 17 April 2025 10:00 BST; Good Friday 18 and Easter Monday 21 April are bank holidays
        events.lodged(id, at("2025-04-17T09:00:00Z"))
                .acknowledged(id, at("2025-04-22T08:30:00Z"), at("2025-05-07T23:00:00Z"))
                .resolved(id, Stage.ONE, at("2025-05-08T15:00:00Z"));

        SlaClockView acknowledgement = clock(id, DeadlineKind.ACKNOWLEDGEMENT, at("2025-05-09T00:00:00Z"));
        assertThat(acknowledgement.hoursTaken()).as("4 days 23.5 hours").isEqualTo(119.5);
        assertThat(acknowledgement.workingDaysTaken()).as("only Tuesday 22 April").isEqualTo(1);
        assertThat(acknowledgement.verdict()).isEqualTo(ClockVerdict.MISSED);

        SlaClockView stageOne = clock(id, DeadlineKind.STAGE_ONE_RESOLUTION, at("2025-05-09T00:00:00Z"));
        assertThat(stageOne.hoursTaken()).as("16 days 6.5 hours").isEqualTo(390.5);
        assertThat(stageOne.workingDaysTaken())
                .as("23 April to 8 May without weekends and the early May bank holiday (5 May): 11, one more than R3.4 allows")
                .isEqualTo(11);
        assertThat(stageOne.verdict()).isEqualTo(ClockVerdict.MISSED);
    }

    @Test
    @DisplayName("R6.1 a running clock's time taken runs to now")
    void runningClockTakesTimeUntilNow() {
        ComplaintId id = ComplaintId.of("taken-2");
        events.lodged(id, at("2025-04-23T08:00:00Z"))
                .acknowledged(id, at("2025-04-23T09:00:00Z"), at("2025-05-08T23:00:00Z"))
                .asked(id, "i-1", at("2025-04-24T09:00:00Z"), at("2025-04-29T23:00:00Z"));

        SlaClockView inquiry = clock(id, DeadlineKind.DEPARTMENT_RESPONSE, at("2025-04-28T11:15:00Z"));
        assertThat(inquiry.verdict()).isEqualTo(ClockVerdict.RUNNING);
        assertThat(inquiry.hoursTaken()).isEqualTo(98.25);
        assertThat(inquiry.workingDaysTaken()).as("Friday 25 and Monday 28 April").isEqualTo(2);
    }

    @Test
    @DisplayName("working days taken count London dates: started and met on the same BST day is 0, though the UTC dates differ")
    void workingDaysTakenCountLondonDates() {
        ComplaintId id = ComplaintId.of("taken-3");
        // Friday 6 June 2025 00:30 BST to 23:30 BST
        events.lodged(id, at("2025-06-05T23:30:00Z"))
                .acknowledged(id, at("2025-06-06T22:30:00Z"), at("2025-06-20T23:00:00Z"));

        SlaClockView acknowledgement = clock(id, DeadlineKind.ACKNOWLEDGEMENT, at("2025-06-07T00:00:00Z"));
        assertThat(acknowledgement.hoursTaken()).isEqualTo(23.0);
        assertThat(acknowledgement.workingDaysTaken()).isZero();
        assertThat(acknowledgement.verdict()).isEqualTo(ClockVerdict.MET);
    }

    @Test
    @DisplayName("R5.3, R4.3, R4.4 compliance per week: stage 1 against original and extended deadline, escalation against target and limit")
    void weeklyCompliance() {
        ComplaintId a = ComplaintId.of("week-a");
        ComplaintId b = ComplaintId.of("week-b");
        ComplaintId c = ComplaintId.of("week-c");
        ComplaintId d = ComplaintId.of("week-d");
        ComplaintId e = ComplaintId.of("week-e");
        ComplaintId f = ComplaintId.of("week-f");
        ComplaintId g = ComplaintId.of("week-g");
        // week of Monday 3 March 2025: stage 1 clocks of a..e
        events.lodged(a, at("2025-03-03T09:00:00Z")).acknowledged(a, at("2025-03-03T10:00:00Z"), at("2025-03-18T00:00:00Z"))
                .extended(a, DeadlineKind.STAGE_ONE_RESOLUTION, at("2025-03-18T00:00:00Z"), at("2025-03-18T00:00:00Z"),
                        at("2025-03-25T00:00:00Z"), at("2025-03-14T10:00:00Z"))
                .resolved(a, Stage.ONE, at("2025-03-20T12:00:00Z"));        // late for the original, in time for the extension
        events.lodged(b, at("2025-03-04T09:00:00Z")).acknowledged(b, at("2025-03-04T10:00:00Z"), at("2025-03-19T00:00:00Z"))
                .resolved(b, Stage.ONE, at("2025-03-10T12:00:00Z"));        // in time
        events.lodged(c, at("2025-03-05T09:00:00Z")).acknowledged(c, at("2025-03-05T10:00:00Z"), at("2025-03-20T00:00:00Z"));
        // c still open past its deadline: missed against both
        events.lodged(d, at("2025-03-06T09:00:00Z")).acknowledged(d, at("2025-03-06T10:00:00Z"), at("2025-03-21T00:00:00Z"))
                .extended(d, DeadlineKind.STAGE_ONE_RESOLUTION, at("2025-03-21T00:00:00Z"), at("2025-03-21T00:00:00Z"),
                        at("2025-03-28T00:00:00Z"), at("2025-03-19T10:00:00Z"));
        // d open: the original has passed (missed), the extension has not (undecided)
        events.lodged(e, at("2025-03-07T09:00:00Z")).acknowledged(e, at("2025-03-07T10:00:00Z"), at("2025-03-22T00:00:00Z"))
                .closed(e, at("2025-03-12T10:00:00Z"));                      // stopped in time: undecided
        // f and g: stage 1 in the week of 24 February, escalated in the week of 3 March
        events.lodged(f, at("2025-02-24T09:00:00Z")).acknowledged(f, at("2025-02-24T10:00:00Z"), at("2025-03-11T00:00:00Z"))
                .resolved(f, Stage.ONE, at("2025-02-28T10:00:00Z"))
                .escalated(f, at("2025-03-03T09:00:00Z"), at("2025-03-11T00:00:00Z"), at("2025-03-18T00:00:00Z"))
                .escalationAcknowledged(f, at("2025-03-13T10:00:00Z"), at("2025-03-28T00:00:00Z")); // after target, within limit
        events.lodged(g, at("2025-02-25T09:00:00Z")).acknowledged(g, at("2025-02-25T10:00:00Z"), at("2025-03-12T00:00:00Z"))
                .resolved(g, Stage.ONE, at("2025-02-28T11:00:00Z"))
                .escalated(g, at("2025-03-04T09:00:00Z"), at("2025-03-12T00:00:00Z"), at("2025-03-19T00:00:00Z"))
                .escalationAcknowledged(g, at("2025-03-06T10:00:00Z"), at("2025-03-21T00:00:00Z"))
                .resolved(g, Stage.TWO, at("2025-03-20T15:00:00Z"));

        SlaComplianceView view = handlerAt(at("2025-03-21T12:00:00Z")).handle(new FindSlaCompliance(SlaPeriod.WEEK,
                at("2025-02-24T00:00:00Z"), at("2025-03-17T00:00:00Z")));

        assertThat(view.periods()).extracting(SlaComplianceSummary::firstDay).containsExactly(
                LocalDate.parse("2025-02-24"), LocalDate.parse("2025-03-03"), LocalDate.parse("2025-03-10"));
        SlaComplianceSummary february = view.periods().get(0);
        assertThat(february.lastDay()).isEqualTo(LocalDate.parse("2025-03-02"));
        assertThat(february.acknowledgedWithin48Hours()).isEqualTo(SlaShare.of(2, 2));
        assertThat(february.stageOneWithinOriginalDeadline()).isEqualTo(new SlaShare(2, 2, 1.0));

        SlaComplianceSummary march = view.periods().get(1);
        assertThat(march.acknowledgedWithin48Hours()).isEqualTo(new SlaShare(5, 5, 1.0));
        assertThat(march.stageOneWithinOriginalDeadline()).as("b met; a, c, d missed; e undecided")
                .isEqualTo(new SlaShare(1, 4, 0.25));
        assertThat(march.stageOneWithinExtendedDeadline()).as("a, b met; c missed; d, e undecided")
                .isEqualTo(new SlaShare(2, 3, 0.6667));
        assertThat(march.escalationAcknowledgedWithinTarget()).isEqualTo(new SlaShare(1, 2, 0.5));
        assertThat(march.escalationAcknowledgedWithinLimit()).isEqualTo(new SlaShare(2, 2, 1.0));
        assertThat(march.stageTwoWithinOriginalDeadline()).as("g's stage 2 started 6 March").isEqualTo(new SlaShare(1, 1, 1.0));
        assertThat(march.stageTwoWithinExtendedDeadline()).isEqualTo(new SlaShare(1, 1, 1.0));

        SlaComplianceSummary tenth = view.periods().get(2);
        assertThat(tenth.stageTwoWithinOriginalDeadline()).as("f's stage 2 runs, not yet due").isEqualTo(new SlaShare(0, 0, null));
        assertThat(tenth.acknowledgedWithin48Hours()).isEqualTo(new SlaShare(0, 0, null));
    }

    @Test
    @DisplayName("compliance per month buckets London dates: 23:30 UTC on 31 March is already April in BST")
    void monthlyComplianceAtMonthEndInSummerTime() {
        ComplaintId march = ComplaintId.of("month-1");
        ComplaintId april = ComplaintId.of("month-2");
        events.lodged(march, at("2025-03-31T22:30:00Z"))             // 23:30 BST on 31 March
                .acknowledged(march, at("2025-04-01T00:30:00Z"), at("2025-04-15T23:00:00Z"));
        events.lodged(april, at("2025-03-31T23:30:00Z"))             // 00:30 BST on 1 April
                .acknowledged(april, at("2025-04-03T01:30:00Z"), at("2025-04-17T23:00:00Z")); // 50 hours: missed

        SlaComplianceView view = handlerAt(at("2025-04-10T12:00:00Z")).handle(new FindSlaCompliance(SlaPeriod.MONTH,
                at("2025-03-01T00:00:00Z"), at("2025-04-30T23:00:00Z")));

        assertThat(view.periods()).hasSize(2);
        SlaComplianceSummary first = view.periods().get(0);
        assertThat(first.firstDay()).isEqualTo(LocalDate.parse("2025-03-01"));
        assertThat(first.lastDay()).isEqualTo(LocalDate.parse("2025-03-31"));
        assertThat(first.acknowledgedWithin48Hours()).isEqualTo(new SlaShare(1, 1, 1.0));
        SlaComplianceSummary second = view.periods().get(1);
        assertThat(second.firstDay()).isEqualTo(LocalDate.parse("2025-04-01"));
        assertThat(second.lastDay()).isEqualTo(LocalDate.parse("2025-04-30"));
        assertThat(second.acknowledgedWithin48Hours()).isEqualTo(new SlaShare(0, 1, 0.0));
        assertThat(second.stageOneWithinOriginalDeadline()).as("both stage 1 clocks run, not yet due")
                .isEqualTo(new SlaShare(0, 0, null));
    }

    @Test
    @DisplayName("R2.1, R3.2, R6.2 current breaches are judged at query time, longest overdue first, with the reference and no personal data; counted per kind and paged alike")
    void currentBreachesJudgedAtQueryTime() {
        ComplaintId late = ComplaintId.of("breach-1");
        ComplaintId inquiry = ComplaintId.of("breach-2");
        ComplaintId extended = ComplaintId.of("breach-3");
        events.lodged(late, at("2025-03-06T09:00:00Z"));
        events.lodged(inquiry, at("2025-03-06T08:00:00Z")).acknowledged(inquiry, at("2025-03-06T09:00:00Z"),
                        at("2025-03-21T00:00:00Z"))
                .asked(inquiry, "i-7", at("2025-03-07T10:00:00Z"), at("2025-03-08T10:00:00Z"));
        events.lodged(extended, at("2025-03-03T08:00:00Z"))
                .acknowledged(extended, at("2025-03-03T09:00:00Z"), at("2025-03-08T00:00:00Z"))
                .extended(extended, DeadlineKind.STAGE_ONE_RESOLUTION, at("2025-03-08T00:00:00Z"),
                        at("2025-03-08T00:00:00Z"), at("2025-03-20T00:00:00Z"), at("2025-03-07T09:00:00Z"));

        assertThat(handlerAt(at("2025-03-08T08:59:59Z")).handle(new FindCurrentBreaches(null)).breaches())
                .as("the extended stage 1 is past its original deadline only").isEmpty();

        CurrentBreachesView at9 = handlerAt(at("2025-03-08T09:00:00Z")).handle(new FindCurrentBreaches(null));
        assertThat(at9.breaches()).containsExactly(new SlaBreachSummary("breach-1", SlaEvents.reference(late),
                DeadlineKind.ACKNOWLEDGEMENT, null, at("2025-03-08T09:00:00Z"), at("2025-03-08T09:00:00Z"), null, 0.0));

        events.missed(late, DeadlineKind.ACKNOWLEDGEMENT, null, at("2025-03-08T09:00:00Z"), at("2025-03-08T09:00:12Z"));
        CurrentBreachesView later = handlerAt(at("2025-03-08T11:30:00Z")).handle(new FindCurrentBreaches(null));
        assertThat(later.asOf()).isEqualTo(at("2025-03-08T11:30:00Z"));
        assertThat(later.breaches()).containsExactly(
                new SlaBreachSummary("breach-1", SlaEvents.reference(late), DeadlineKind.ACKNOWLEDGEMENT, null,
                        at("2025-03-08T09:00:00Z"), at("2025-03-08T09:00:00Z"), at("2025-03-08T09:00:12Z"), 2.5),
                new SlaBreachSummary("breach-2", SlaEvents.reference(inquiry), DeadlineKind.DEPARTMENT_RESPONSE, "i-7",
                        at("2025-03-08T10:00:00Z"), at("2025-03-08T10:00:00Z"), null, 1.5));
        assertThat(handlerAt(at("2025-03-08T11:30:00Z")).handle(new FindBreachCounts(null))).as("the dashboard's counts")
                .isEqualTo(new BreachCountsView(at("2025-03-08T11:30:00Z"), 2, List.of(
                        new BreachCountSummary(DeadlineKind.ACKNOWLEDGEMENT, 1),
                        new BreachCountSummary(DeadlineKind.DEPARTMENT_RESPONSE, 1))));
        CurrentBreachPageView secondPage = handlerAt(at("2025-03-08T11:30:00Z"))
                .handle(new FindCurrentBreachPage(null, 1, 1));
        assertThat(secondPage.total()).isEqualTo(2);
        assertThat(secondPage.breaches()).as("a page of one, in the list's order").containsExactly(later.breaches().get(1));
        assertThat(handlerAt(at("2025-03-08T11:30:00Z")).handle(new FindCurrentBreachPage(
                DeadlineKind.DEPARTMENT_RESPONSE, 0, 50)).breaches()).containsExactly(later.breaches().get(1));
        assertThat(handlerAt(at("2025-03-08T11:30:00Z")).handle(new FindBreachCounts(DeadlineKind.STAGE_ONE_RESOLUTION))
                .total()).isZero();
        assertThat(handlerAt(at("2025-03-08T11:30:00Z")).handle(new FindCurrentBreaches(DeadlineKind.DEPARTMENT_RESPONSE))
                .breaches()).extracting(SlaBreachSummary::complaintId).containsExactly("breach-2");

        events.acknowledged(late, at("2025-03-08T12:00:00Z"), at("2025-03-24T00:00:00Z"));
        assertThat(handlerAt(at("2025-03-08T12:30:00Z")).handle(new FindCurrentBreaches(null)).breaches())
                .extracting(SlaBreachSummary::complaintId).as("acknowledged late: no longer a current breach")
                .containsExactly("breach-2");
    }
}
