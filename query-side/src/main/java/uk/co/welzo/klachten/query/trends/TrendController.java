package uk.co.welzo.klachten.query.trends;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.trends.ComplaintCountsView;
import uk.co.welzo.klachten.api.trends.EscalationRateView;
import uk.co.welzo.klachten.api.trends.FindComplaintCounts;
import uk.co.welzo.klachten.api.trends.FindEscalationRate;
import uk.co.welzo.klachten.api.trends.FindRecurring;
import uk.co.welzo.klachten.api.trends.FindResponseTimes;
import uk.co.welzo.klachten.api.trends.RecurringView;
import uk.co.welzo.klachten.api.trends.ResponseTimesView;
import uk.co.welzo.klachten.api.trends.TrendDimension;
import uk.co.welzo.klachten.api.trends.TrendPeriod;
import uk.co.welzo.klachten.platform.problem.InvalidField;
import uk.co.welzo.klachten.platform.problem.Problems;

/**
 * Trends for analysts (R6.2): counts, response times, escalation rate and recurring problems, without any personal
 * data (R8.1). Ranges are [from, to) and default to the last 30 days; a complaint counts in the London day, week or
 * month it was received. A bad parameter is a 400 problem naming it.
 */
@RestController
@RequestMapping("/api/trends")
@Tag(name = "Trends", description = "Complaint trends without personal data (R6.2, R8.1)")
class TrendController {

    static final Duration DEFAULT_RANGE = Duration.ofDays(30);
    static final Duration LONGEST_WINDOW = Duration.ofDays(3_660);

    private static final String FROM = "start of the range (inclusive), e.g. 2026-03-01T00:00:00Z; default 30 days before 'to'";
    private static final String TO = "end of the range (exclusive); default now";

    private final QueryGateway queries;
    private final Clock clock;

    TrendController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/counts")
    @PreAuthorize("hasAnyRole('ANALYST','HEAD_OF_CUSTOMER_SERVICE','ADMIN')")
    @Operation(summary = "Complaints per London day, week or month, counted by category, channel, product, department asked, root cause or outcome",
            description = "One bucket per period from 'from' to 'to' (empty ones included); 'complaints' counts all received, "
                    + "'counts' those with a value (DEPARTMENT: once per department asked per complaint).")
    ComplaintCountsView counts(@RequestParam(defaultValue = "CATEGORY") TrendDimension dimension,
                               @RequestParam(defaultValue = "DAY") TrendPeriod period,
                               @RequestParam(required = false) @Parameter(description = FROM) Instant from,
                               @RequestParam(required = false) @Parameter(description = TO) Instant to) {
        Range range = range(from, to);
        checkBuckets(period, range);
        return queries.query(new FindComplaintCounts(dimension, period, range.from, range.to),
                ResponseTypes.instanceOf(ComplaintCountsView.class)).join();
    }

    @GetMapping("/response-times")
    @PreAuthorize("hasAnyRole('ANALYST','HEAD_OF_CUSTOMER_SERVICE','ADMIN')")
    @Operation(summary = "Per category: median and 90th percentile hours from receipt to acknowledgement and to the stage-1 resolution")
    ResponseTimesView responseTimes(@RequestParam(required = false) @Parameter(description = FROM) Instant from,
                                    @RequestParam(required = false) @Parameter(description = TO) Instant to) {
        Range range = range(from, to);
        return queries.query(new FindResponseTimes(range.from, range.to),
                ResponseTypes.instanceOf(ResponseTimesView.class)).join();
    }

    @GetMapping("/escalation-rate")
    @PreAuthorize("hasAnyRole('ANALYST','HEAD_OF_CUSTOMER_SERVICE','ADMIN')")
    @Operation(summary = "Share of stage-1 resolutions that were escalated, in all and per London day, week or month")
    EscalationRateView escalationRate(@RequestParam(defaultValue = "WEEK") TrendPeriod period,
                                      @RequestParam(required = false) @Parameter(description = FROM) Instant from,
                                      @RequestParam(required = false) @Parameter(description = TO) Instant to) {
        Range range = range(from, to);
        checkBuckets(period, range);
        return queries.query(new FindEscalationRate(range.from, range.to, period),
                ResponseTypes.instanceOf(EscalationRateView.class)).join();
    }

    @GetMapping("/recurring")
    @PreAuthorize("hasAnyRole('ANALYST','HEAD_OF_CUSTOMER_SERVICE','ADMIN')")
    @Operation(summary = "The most recurring products or root causes of a window, compared with the window before it")
    RecurringView recurring(@RequestParam(defaultValue = "PRODUCT") @Parameter(description = "PRODUCT or ROOT_CAUSE",
                                    schema = @Schema(type = "string", allowableValues = {"PRODUCT", "ROOT_CAUSE"}, defaultValue = "PRODUCT"))
                            TrendDimension dimension,
                            @RequestParam(required = false) @Parameter(description = "end of the window (exclusive); default now")
                            Instant windowEnd,
                            @RequestParam(defaultValue = "P30D") @Parameter(description = "ISO-8601 duration, e.g. P7D or PT12H")
                            Duration window,
                            @RequestParam(defaultValue = "10") @Min(1) @Max(100) int top) {
        if (dimension != TrendDimension.PRODUCT && dimension != TrendDimension.ROOT_CAUSE) {
            throw invalid("dimension", "must be one of PRODUCT, ROOT_CAUSE");
        }
        if (window.isNegative() || window.isZero() || window.compareTo(LONGEST_WINDOW) > 0) {
            throw invalid("window", "must be a positive ISO-8601 duration of at most " + LONGEST_WINDOW.toDays() + " days");
        }
        Instant end = windowEnd != null ? windowEnd : clock.instant();
        return queries.query(new FindRecurring(dimension, end, window, top),
                ResponseTypes.instanceOf(RecurringView.class)).join();
    }

    private record Range(Instant from, Instant to) {
    }

    private Range range(Instant from, Instant to) {
        Instant end = to != null ? to : clock.instant();
        Instant start = from != null ? from : end.minus(DEFAULT_RANGE);
        if (!start.isBefore(end)) {
            throw invalid("from", "must be before 'to'");
        }
        return new Range(start, end);
    }

    private static void checkBuckets(TrendPeriod period, Range range) {
        if (TrendBuckets.count(period, range.from, range.to) > TrendBuckets.MAX_BUCKETS) {
            throw invalid("period", "gives more than " + TrendBuckets.MAX_BUCKETS
                    + " buckets over this range; choose a longer period or a shorter range");
        }
    }

    /** A 400 in the shape Spring's own validation failures get: code INVALID_INPUT and the field in 'errors'. */
    private static ErrorResponseException invalid(String field, String message) {
        ProblemDetail problem = Problems.of(ErrorCode.INVALID_INPUT, "Invalid input: " + field + ": " + message + ".");
        problem.setProperty(Problems.ERRORS, List.of(new InvalidField(field, message)));
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
}
