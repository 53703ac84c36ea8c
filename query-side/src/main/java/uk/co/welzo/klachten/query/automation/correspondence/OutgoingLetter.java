package uk.co.welzo.klachten.query.automation.correspondence;

import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.query.ComplaintView;
import uk.co.welzo.klachten.api.complaint.query.FindComplaint;
import uk.co.welzo.klachten.api.correspondence.LetterPreview;

/**
 * An outbox letter written as it goes out, e-mailed or printed for the post: from the case view, asked through the
 * query bus as the preview asks, with the part staff wrote and in their language, if they wrote one. One way of writing it, so the paper and the
 * e-mail say the same.
 */
final class OutgoingLetter {

    private OutgoingLetter() {
    }

    /** The case view the letter is written from; empty while the complaint is unknown to the read model. */
    static Optional<ComplaintView> caseView(QueryGateway queries, OutboxEntry entry) {
        return queries.query(new FindComplaint(ComplaintId.of(entry.complaintId)),
                ResponseTypes.optionalInstanceOf(ComplaintView.class)).join();
    }

    /**
     * The letter of {@code entry} to the complaint {@code view} shows.
     *
     * @throws uk.co.welzo.klachten.platform.problem.Refused when the letter no longer fits the complaint
     */
    static LetterPreview write(LetterTemplates letters, OutboxEntry entry, ComplaintView view) {
        return letters.render(entry.kind, view, entry.staffPart(), entry.locale());
    }
}
