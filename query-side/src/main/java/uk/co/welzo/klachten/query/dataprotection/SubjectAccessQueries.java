package uk.co.welzo.klachten.query.dataprotection;

import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.dataprotection.subject.ExportSubjectData;
import uk.co.welzo.klachten.api.dataprotection.subject.FindSubjectComplaints;
import uk.co.welzo.klachten.api.dataprotection.subject.SubjectAccessExport;
import uk.co.welzo.klachten.api.dataprotection.subject.SubjectComplaintSummary;

/**
 * Subject access over the query bus, for the data-protection officer's screens in the web service: the same search
 * and export as {@link SubjectAccessController}, the export written in the access log as read through those screens.
 */
@Component
class SubjectAccessQueries {

    /** How the access log describes a read through the screens: no request of ours to quote. */
    static final SubjectAccess.Read SCREENS = new SubjectAccess.Read("/data-protection (screens)", null, null, null);

    private final SubjectAccess subjects;

    SubjectAccessQueries(SubjectAccess subjects) {
        this.subjects = subjects;
    }

    @QueryHandler
    List<SubjectComplaintSummary> handle(FindSubjectComplaints query) {
        return subjects.search(query.person());
    }

    @QueryHandler
    SubjectAccessExport handle(ExportSubjectData query) {
        return subjects.export(query.person(), query.requestedBy(), SCREENS);
    }
}
