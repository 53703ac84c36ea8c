package uk.co.welzo.klachten.query.cases;

import java.util.Optional;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.complaint.query.ComplaintView;
import uk.co.welzo.klachten.api.complaint.query.FindComplaint;
import uk.co.welzo.klachten.api.complaint.query.FindComplaintByReference;

/** Answers case-view queries; an unknown complaint is an empty answer, turned into 404 at the edge. */
@Component
class CaseQueryHandler {

    private final CaseRepository cases;

    CaseQueryHandler(CaseRepository cases) {
        this.cases = cases;
    }

    @QueryHandler
    Optional<ComplaintView> handle(FindComplaint query) {
        return cases.findById(query.complaintId().value()).map(CaseDocument::toView);
    }

    @QueryHandler
    Optional<ComplaintView> handle(FindComplaintByReference query) {
        return cases.findByReference(query.reference().value()).map(CaseDocument::toView);
    }
}
