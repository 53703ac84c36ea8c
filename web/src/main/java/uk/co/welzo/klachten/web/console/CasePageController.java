package uk.co.welzo.klachten.web.console;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.co.welzo.klachten.web.CaseReads;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.ClosureReason;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.Department;
import uk.co.welzo.klachten.api.complaint.Direction;
import uk.co.welzo.klachten.api.complaint.Outcome;
import uk.co.welzo.klachten.api.complaint.query.ComplaintView;
import uk.co.welzo.klachten.api.complaint.query.FindComplaint;
import uk.co.welzo.klachten.api.correspondence.FindLetters;
import uk.co.welzo.klachten.api.correspondence.OutboxItem;
import uk.co.welzo.klachten.api.sla.FindSlaClocks;
import uk.co.welzo.klachten.api.sla.SlaClockView;
import uk.co.welzo.klachten.api.sla.SlaClocksView;
import uk.co.welzo.klachten.web.security.Managers;
import uk.co.welzo.klachten.web.security.SignedInPerson;

/**
 * The case page: everything staff need to handle one complaint (R3.1: all earlier correspondence, in order), its
 * deadlines original and extended (R5.3), and a form for each step the signed-in role may take on it now.
 */
@Controller
class CasePageController {

    static final String PAGE = "console/case";
    private static final Logger log = LoggerFactory.getLogger(CasePageController.class);
    /** How long a page asked to show a step just taken waits for the read model to catch up, and how often it looks. */
    private static final int CATCH_UP_TRIES = 20;
    private static final long CATCH_UP_PAUSE_MILLIS = 100;

    private final QueryGateway queries;
    private final ConsoleTime time;
    private final Managers managers;
    private final CaseReads reads;

    CasePageController(QueryGateway queries, ConsoleTime time, Managers managers, CaseReads reads) {
        this.queries = queries;
        this.time = time;
        this.managers = managers;
        this.reads = reads;
    }

    @GetMapping("/console/cases/{complaintId}")
    @PreAuthorize(ConsoleController.STAFF)
    String show(@PathVariable String complaintId, @RequestParam(name = "after", required = false) Long after,
                Authentication who, Model model, HttpServletResponse response) {
        return render(complaintId, who, model, response, ActionAttempt.NONE, after);
    }

    /** The page, with what an action refused left on it; a 404 page for a complaint that is not there. */
    String render(String complaintId, Authentication who, Model model, HttpServletResponse response,
                  ActionAttempt attempt) {
        return render(complaintId, who, model, response, attempt, null);
    }

    /**
     * {@code after}: the version an action just taken was sent against. The {@code cases} read model follows the
     * command a moment later, so the page reads again, briefly (up to two seconds), until it shows a newer version; a
     * page showing the step before would carry a version its own next action is refused against. Still behind after
     * that: the page as it is (a reload shows the step).
     */
    private String render(String complaintId, Authentication who, Model model, HttpServletResponse response,
                          ActionAttempt attempt, Long after) {
        Optional<ComplaintView> found = findAfter(complaintId, after);
        if (found.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "console/no-case";
        }
        ComplaintView view = found.get();
        reads.record(view.complaintId(), view.reference(), who); // R8.2: who read the case, as the API logs it
        model.addAttribute("view", view);
        List<SlaClockView> clocks = queries.query(new FindSlaClocks(ComplaintId.of(view.complaintId())),
                ResponseTypes.optionalInstanceOf(SlaClocksView.class)).join()
                .map(SlaClocksView::clocks).orElse(List.of());
        model.addAttribute("clocks", clocks);
        Map<String, Instant> inquiryDue = new HashMap<>(); // R3.2: each request's own 3-working-day clock
        clocks.stream().filter(clock -> clock.kind() == DeadlineKind.DEPARTMENT_RESPONSE && clock.inquiryId() != null)
                .forEach(clock -> inquiryDue.put(clock.inquiryId(), clock.currentDue()));
        model.addAttribute("inquiryDue", inquiryDue);
        model.addAttribute("openInquiries", view.inquiries() == null ? List.of()
                : view.inquiries().stream().filter(inquiry -> inquiry.answeredAt() == null).toList());
        model.addAttribute("actions", CaseAction.offered(view, SignedInPerson.roles(who), time.now()));
        model.addAttribute("attempt", attempt.naming(view.complaintId(), view.reference()));
        model.addAttribute("signedIn", who.getName());
        model.addAttribute("newId", UUID.randomUUID().toString()); // idempotent retries of asks and communications
        model.addAttribute("stageTwo", view.status() == ComplaintStatus.UNDER_REVIEW);
        model.addAttribute("categories", Category.values());
        model.addAttribute("departments", Department.values());
        model.addAttribute("managers", managers.all()); // the head forwards to one of them, R4.2
        model.addAttribute("communicationChannels", CommunicationChannel.values());
        // R3.3: the findings go by e-mail or phone (a letter staff write goes through the letter form)
        model.addAttribute("findingsChannels", List.of(CommunicationChannel.EMAIL, CommunicationChannel.PHONE));
        model.addAttribute("directions", Direction.values());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("closureReasons", closureReasons(view));
        model.addAttribute("letterKind", CaseAction.letterFor(view));
        letters(view, model);
        return PAGE;
    }

    /** The case view, read again briefly until it is newer than {@code after} (when given), as {@link #render} does. */
    Optional<ComplaintView> findAfter(String complaintId, Long after) {
        Optional<ComplaintView> found = find(complaintId);
        for (int tries = 1; after != null && tries < CATCH_UP_TRIES
                && found.filter(view -> view.version() <= after).isPresent(); tries++) {
            pause();
            found = find(complaintId);
        }
        return found;
    }

    /**
     * The complaint's letters to the customer and notices to staff in the outbox. The outbox is another read model:
     * when it cannot be asked, the page still shows the case, and says the letters cannot be shown now.
     */
    private void letters(ComplaintView view, Model model) {
        List<OutboxItem> items;
        model.addAttribute("lettersUnavailable", false);
        try {
            items = queries.query(new FindLetters(ComplaintId.of(view.complaintId())),
                    ResponseTypes.multipleInstancesOf(OutboxItem.class)).join();
        } catch (RuntimeException unavailable) {
            log.warn("The letters of complaint {} could not be read", view.complaintId(), unavailable);
            model.addAttribute("lettersUnavailable", true);
            items = List.of();
        }
        model.addAttribute("letters", items.stream().filter(item -> item.kind() != null).toList());
        model.addAttribute("notices", items.stream().filter(item -> item.kind() == null).toList());
    }

    Optional<ComplaintView> find(String complaintId) {
        if (complaintId == null || !complaintId.matches(ComplaintId.FORM)) {
            return Optional.empty();
        }
        return queries.query(new FindComplaint(ComplaintId.of(complaintId)),
                ResponseTypes.optionalInstanceOf(ComplaintView.class)).join();
    }

    private static void pause() {
        try {
            Thread.sleep(CATCH_UP_PAUSE_MILLIS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The closure reasons that fit the resolution given: a final response only after stage 2 (R4.5). */
    private static List<ClosureReason> closureReasons(ComplaintView view) {
        return view.status() == ComplaintStatus.RESOLVED_AT_STAGE_TWO
                ? List.of(ClosureReason.FINAL_RESPONSE_GIVEN, ClosureReason.ACCEPTED_BY_CUSTOMER)
                : List.of(ClosureReason.ACCEPTED_BY_CUSTOMER, ClosureReason.ESCALATION_WINDOW_LAPSED);
    }
}
