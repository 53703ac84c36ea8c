package uk.co.welzo.klachten.query.automation.correspondence;

import java.util.Locale;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.complaint.query.ComplaintView;
import uk.co.welzo.klachten.api.complaint.query.FindComplaint;
import uk.co.welzo.klachten.api.correspondence.LetterPreview;
import uk.co.welzo.klachten.api.correspondence.PreviewLetter;
import uk.co.welzo.klachten.platform.problem.Refused;

/**
 * Answers a letter preview from the case view, which it asks for through the query bus like any reader (the cases
 * read model is another slice's); an unknown complaint is an empty answer, a 404 at the edge. A letter that does not
 * fit crosses the bus as an {@link uk.co.welzo.klachten.api.ErrorDetail}, so it reads the same over Axon Server.
 */
@Component
class LetterPreviewHandler {

    private final QueryGateway queries;
    private final LetterTemplates letters;

    LetterPreviewHandler(QueryGateway queries, LetterTemplates letters) {
        this.queries = queries;
        this.letters = letters;
    }

    @QueryHandler
    Optional<LetterPreview> handle(PreviewLetter query) {
        Optional<ComplaintView> view = queries.query(new FindComplaint(query.complaintId()),
                ResponseTypes.optionalInstanceOf(ComplaintView.class)).join();
        Locale language = query.language() == null ? LetterTemplates.ENGLISH : Locale.forLanguageTag(query.language());
        try {
            return view.map(found -> letters.render(query.kind(), found, StaffPart.of(query), language));
        } catch (Refused refused) {
            throw new QueryExecutionException(refused.getMessage(), null, refused.detail());
        }
    }
}
