package uk.co.welzo.klachten.query.queue;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.queue.FindWorkQueue;
import uk.co.welzo.klachten.api.queue.WorkQueueChange;
import uk.co.welzo.klachten.api.queue.WorkQueuePage;
import uk.co.welzo.klachten.query.infrastructure.LiveStreams;

/**
 * The work queue over HTTP, for the staff who handle complaints. Parameters are checked by Spring MVC's
 * method validation: an unknown value or a page outside the bounds is a 400 naming the parameter.
 */
@RestController
@RequestMapping("/api/queue")
class QueueController {

    private static final String QUEUE_READERS = "hasAnyRole('AGENT','HEAD_OF_CUSTOMER_SERVICE','DEPARTMENT_MANAGER')";
    static final String REVIEWERS = "hasAnyRole('HEAD_OF_CUSTOMER_SERVICE','DEPARTMENT_MANAGER')";
    static final String FORWARDERS = "hasRole('HEAD_OF_CUSTOMER_SERVICE')";

    private final QueryGateway queries;
    private final LiveStreams live;

    QueueController(QueryGateway queries, LiveStreams live) {
        this.queries = queries;
        this.live = live;
    }

    @GetMapping
    @PreAuthorize(QUEUE_READERS)
    @Operation(summary = "Open complaints with their running deadlines, soonest due first",
            description = "Every filter is optional and they combine. 'overdue' is judged against the clock now.")
    WorkQueuePage queue(@RequestParam(required = false) Stage stage,
                        @RequestParam(required = false) ComplaintStatus status,
                        @RequestParam(required = false) String handler,
                        @RequestParam(required = false) Category category,
                        @RequestParam(required = false) Channel channel,
                        @RequestParam(required = false) @Parameter(description = "true: something is past due now; false: nothing is")
                        Boolean overdue,
                        @RequestParam(required = false) @Parameter(description = "an instant, e.g. 2026-03-10T00:00:00Z")
                        Instant dueBefore,
                        @RequestParam(required = false) @Parameter(description = "only escalations forwarded to a "
                                + "manager of this department (R4.2); case and surrounding spaces do not matter")
                        String reviewDepartment,
                        @RequestParam(defaultValue = "0") @Min(0) int page,
                        @RequestParam(defaultValue = "" + QueueQueryHandler.DEFAULT_SIZE) @Min(1)
                        @Max(QueueQueryHandler.MAX_SIZE) int size) {
        FindWorkQueue find = new FindWorkQueue(stage, status, blankToNull(handler), category, channel, overdue,
                dueBefore, blankToNull(reviewDepartment), page, size);
        return queries.query(find, ResponseTypes.instanceOf(WorkQueuePage.class)).join();
    }

    @GetMapping("/escalations/mine")
    @PreAuthorize(REVIEWERS)
    @Operation(summary = "My escalations: the open complaints forwarded to the signed-in manager for review (R4.2), "
            + "soonest due first", description = "Matched on the user name the head forwarded to. An escalation "
            + "forwarded before forwarding named a user is found with GET /api/queue?reviewDepartment=.")
    WorkQueuePage myEscalations(Authentication who,
                                @RequestParam(defaultValue = "0") @Min(0) int page,
                                @RequestParam(defaultValue = "" + QueueQueryHandler.DEFAULT_SIZE) @Min(1)
                                @Max(QueueQueryHandler.MAX_SIZE) int size) {
        FindWorkQueue find = new FindWorkQueue(Stage.TWO, null, null, null, null, null, null, null, who.getName(),
                page, size);
        return queries.query(find, ResponseTypes.instanceOf(WorkQueuePage.class)).join();
    }

    @GetMapping("/escalations/awaiting-forwarding")
    @PreAuthorize(FORWARDERS)
    @Operation(summary = "Escalations waiting for the head to acknowledge them and forward them to a manager (R4.2, "
            + "R4.3), soonest due first")
    WorkQueuePage awaitingForwarding(@RequestParam(defaultValue = "0") @Min(0) int page,
                                     @RequestParam(defaultValue = "" + QueueQueryHandler.DEFAULT_SIZE) @Min(1)
                                     @Max(QueueQueryHandler.MAX_SIZE) int size) {
        FindWorkQueue find = new FindWorkQueue(null, ComplaintStatus.ESCALATED, null, null, null, null, null, null,
                page, size);
        return queries.query(find, ResponseTypes.instanceOf(WorkQueuePage.class)).join();
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PreAuthorize(QUEUE_READERS)
    @Operation(summary = "The work queue live: an event 'page' with the current page, then one event 'change' per "
            + "changed complaint whose row matches the filters (item null: it left the queue or no longer matches)",
            description = "The filters of GET /api/queue. Changes are not limited to the page; comments keep the "
                    + "connection alive.")
    SseEmitter stream(@RequestParam(required = false) Stage stage,
                      @RequestParam(required = false) ComplaintStatus status,
                      @RequestParam(required = false) String handler,
                      @RequestParam(required = false) Category category,
                      @RequestParam(required = false) Channel channel,
                      @RequestParam(required = false) Boolean overdue,
                      @RequestParam(required = false) Instant dueBefore,
                      @RequestParam(required = false) String reviewDepartment,
                      @RequestParam(defaultValue = "0") @Min(0) int page,
                      @RequestParam(defaultValue = "" + QueueQueryHandler.DEFAULT_SIZE) @Min(1)
                      @Max(QueueQueryHandler.MAX_SIZE) int size) {
        FindWorkQueue find = new FindWorkQueue(stage, status, blankToNull(handler), category, channel, overdue,
                dueBefore, blankToNull(reviewDepartment), page, size);
        SubscriptionQueryResult<WorkQueuePage, WorkQueueChange> subscription = queries.subscriptionQuery(find,
                ResponseTypes.instanceOf(WorkQueuePage.class), ResponseTypes.instanceOf(WorkQueueChange.class));
        return live.stream(subscription, "page", "change");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
