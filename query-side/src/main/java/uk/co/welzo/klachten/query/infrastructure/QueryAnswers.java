package uk.co.welzo.klachten.query.infrastructure;

import java.util.Optional;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.ErrorDetail;
import uk.co.welzo.klachten.api.InvalidReferenceNumber;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.platform.problem.Refused;

/** What the query side's controllers share at the edge: reading path parameters, and asking for one answer or a 404. */
public final class QueryAnswers {

    private QueryAnswers() {
    }

    /** The single answer to a query, or a 404 with the sentence given when there is none. */
    public static <T> T ask(QueryGateway queries, Object query, Class<T> type, String notFound) {
        Optional<T> answer = queries.query(query, ResponseTypes.optionalInstanceOf(type)).join();
        return answer.orElseThrow(() -> new Refused(ErrorCode.COMPLAINT_NOT_FOUND, notFound));
    }

    /** A complaint id from the path; a malformed one is a 400 naming {@code complaintId}. */
    public static ComplaintId complaintId(String complaintId) {
        try {
            return ComplaintId.of(complaintId);
        } catch (IllegalArgumentException malformed) {
            throw invalid("complaintId", malformed.getMessage());
        }
    }

    /** A reference that fails its check character is refused with its own code, naming the path segment. */
    public static ReferenceNumber reference(String typed) {
        try {
            return ReferenceNumber.parse(typed);
        } catch (InvalidReferenceNumber mistyped) {
            throw new Refused(new ErrorDetail(mistyped.code(), mistyped.getMessage(), "reference"));
        }
    }

    /** A 400 naming the parameter, in the shape of Spring's own validation failures. */
    public static Refused invalid(String field, String problem) {
        return new Refused(new ErrorDetail(ErrorCode.INVALID_INPUT, "Invalid input: " + field + ": " + problem + ".", field));
    }
}
