package uk.co.welzo.klachten.query.sla;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.ErrorDetail;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.sla.BreachCountsView;
import uk.co.welzo.klachten.api.sla.CurrentBreachesView;
import uk.co.welzo.klachten.api.sla.FindBreachCounts;
import uk.co.welzo.klachten.api.sla.FindCurrentBreaches;
import uk.co.welzo.klachten.api.sla.FindSlaClocks;
import uk.co.welzo.klachten.api.sla.FindSlaCompliance;
import uk.co.welzo.klachten.api.sla.SlaBreachChange;
import uk.co.welzo.klachten.api.sla.SlaClocksView;
import uk.co.welzo.klachten.api.sla.SlaComplianceView;
import uk.co.welzo.klachten.api.sla.SlaPeriod;
import uk.co.welzo.klachten.platform.problem.Refused;
import uk.co.welzo.klachten.query.infrastructure.LiveStreams;

/** SLA clocks, compliance and current breaches: no personal data, so analysts may read them too (R8.1). */
@RestController
@Tag(name = "SLA", description = "Deadlines, warnings and breaches per obligation (R2.1, R3.4, R4.3, R4.4, R5.3, R6.1)")
class SlaController {

    private static final String SLA_READERS =
            "hasAnyRole('AGENT','HEAD_OF_CUSTOMER_SERVICE','DEPARTMENT_MANAGER','ANALYST')";

    private final QueryGateway queries;
    private final LiveStreams live;

    SlaController(QueryGateway queries, LiveStreams live) {
        this.queries = queries;
        this.live = live;
    }

    @GetMapping("/api/complaints/{complaintId}/sla")
    @PreAuthorize(SLA_READERS)
    @Operation(summary = "One clock per obligation: original and current deadline, warning, breach, verdict, time taken")
    SlaClocksView clocks(@PathVariable ComplaintId complaintId) {
        Optional<SlaClocksView> clocks = queries.query(new FindSlaClocks(complaintId),
                ResponseTypes.optionalInstanceOf(SlaClocksView.class)).join();
        return clocks.orElseThrow(() -> new Refused(ErrorCode.COMPLAINT_NOT_FOUND,
                "no complaint " + complaintId));
    }

    @GetMapping("/api/sla/compliance")
    @PreAuthorize(SLA_READERS)
    @Operation(summary = "Share of obligations met in time per day, week or month (London dates) of the clock's start",
            description = "Counts the clocks started in [from, to). A clock is decided once met, or once its deadline "
                    + "passed while open; running and not yet due, or stopped by closure before its deadline, it is "
                    + "not counted. Stage 1 and 2 are judged against the original and the extended deadline (R5.3).")
    SlaComplianceView compliance(@RequestParam SlaPeriod period,
                                 @RequestParam @Parameter(description = "an instant, e.g. 2026-03-01T00:00:00Z") Instant from,
                                 @RequestParam @Parameter(description = "an instant, exclusive") Instant to) {
        if (!from.isBefore(to)) {
            throw new Refused(new ErrorDetail(ErrorCode.INVALID_INPUT, "Invalid input: to: must be after from.", "to"));
        }
        if (SlaCompliance.periodsBetween(period, from, to) > SlaCompliance.MAX_PERIODS) {
            throw new Refused(new ErrorDetail(ErrorCode.INVALID_INPUT, "Invalid input: to: at most " + SlaCompliance.MAX_PERIODS
                    + " periods of " + period + " at a time.", "to"));
        }
        return queries.query(new FindSlaCompliance(period, from, to),
                ResponseTypes.instanceOf(SlaComplianceView.class)).join();
    }

    @GetMapping("/api/sla/breaches")
    @PreAuthorize(SLA_READERS)
    @Operation(summary = "Obligations open past their current deadline now, longest overdue first")
    CurrentBreachesView breaches(@RequestParam(required = false) DeadlineKind kind) {
        return queries.query(new FindCurrentBreaches(kind), ResponseTypes.instanceOf(CurrentBreachesView.class)).join();
    }

    @GetMapping("/api/sla/breaches/counts")
    @PreAuthorize(SLA_READERS)
    @Operation(summary = "How many obligations of each kind are open past their current deadline now",
            description = "The figures of the analysts' dashboard's current-breaches table and its CSV (R6.2).")
    BreachCountsView breachCounts(@RequestParam(required = false) DeadlineKind kind) {
        return queries.query(new FindBreachCounts(kind), ResponseTypes.instanceOf(BreachCountsView.class)).join();
    }

    @GetMapping(path = "/api/sla/breaches/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PreAuthorize(SLA_READERS)
    @Operation(summary = "Live SLA board: an event 'breaches' with the current breaches, then one event 'change' per "
            + "breach that begins, changes or ends (breach null); comments keep the connection alive")
    SseEmitter breachStream(@RequestParam(required = false) DeadlineKind kind) {
        SubscriptionQueryResult<CurrentBreachesView, SlaBreachChange> subscription = queries.subscriptionQuery(
                new FindCurrentBreaches(kind), ResponseTypes.instanceOf(CurrentBreachesView.class),
                ResponseTypes.instanceOf(SlaBreachChange.class));
        return live.stream(subscription, "breaches", "change");
    }
}
