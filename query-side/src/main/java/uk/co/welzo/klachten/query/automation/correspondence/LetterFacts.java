package uk.co.welzo.klachten.query.automation.correspondence;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.ErrorDetail;
import uk.co.welzo.klachten.api.Text;
import uk.co.welzo.klachten.api.complaint.ClosureReason;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.query.ComplaintView;
import uk.co.welzo.klachten.api.complaint.query.DeadlineView;
import uk.co.welzo.klachten.api.complaint.query.TimelineEntry;
import uk.co.welzo.klachten.api.correspondence.LetterKind;
import uk.co.welzo.klachten.platform.problem.Refused;

import static uk.co.welzo.klachten.api.complaint.ComplaintStatus.CLOSED;
import static uk.co.welzo.klachten.api.complaint.ComplaintStatus.RESOLVED_AT_STAGE_ONE;
import static uk.co.welzo.klachten.api.complaint.ComplaintStatus.RESOLVED_AT_STAGE_TWO;
import static uk.co.welzo.klachten.api.complaint.ComplaintStatus.UNDER_INVESTIGATION;
import static uk.co.welzo.klachten.api.complaint.ComplaintStatus.UNDER_REVIEW;
import static uk.co.welzo.klachten.api.complaint.ComplaintStatus.WITHDRAWN;

/**
 * The facts of one case a letter tells, taken from the case view, as template variables; and whether the letter fits
 * the case now. A letter tells of a step the complaint has taken, so it fits the states after that step and needs
 * what that step recorded: a refusal is a broken rule (409), or bad input naming the staff field that is missing.
 */
final class LetterFacts {

    private final LetterDates dates;

    LetterFacts(LetterDates dates) {
        this.dates = dates;
    }

    Map<String, Object> of(LetterKind kind, ComplaintView view, StaffPart staff, Locale locale) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("name", view.complainant().name());
        facts.put("reference", view.reference());
        facts.put("findings", text(staff.findings()));
        facts.put("progress", text(staff.progress()));
        facts.put("remedy", Optional.ofNullable(text(staff.remedy())).orElse(text(view.remedy())));
        facts.put("outcome", view.outcome() == null ? null : "outcome." + view.outcome());
        switch (kind) {
            case ACKNOWLEDGEMENT -> {
                fits(kind, view, EnumSet.of(UNDER_INVESTIGATION));
                facts.put("receivedOn", dates.on(view.receivedAt(), locale));
                facts.put("stageOneDue", dates.due(deadline(kind, view, DeadlineKind.STAGE_ONE_RESOLUTION).currentDue(), locale));
            }
            case DEADLINE_EXTENSION -> {
                fits(kind, view, EnumSet.of(UNDER_INVESTIGATION, UNDER_REVIEW));
                DeadlineView running = deadline(kind, view, view.status() == UNDER_REVIEW
                        ? DeadlineKind.STAGE_TWO_RESOLUTION : DeadlineKind.STAGE_ONE_RESOLUTION);
                Optional<TimelineEntry> extension = latest(view, "DeadlineExtended");
                if (extension.isEmpty() || !running.currentDue().isAfter(running.originalDue())) {
                    throw notFitting(kind, view, view.status() + " without an extended deadline");
                }
                facts.put("reason", extension.get().text());
                facts.put("originalDue", dates.due(running.originalDue(), locale));
                facts.put("newDue", dates.due(running.currentDue(), locale));
            }
            case STAGE_ONE_OUTCOME -> {
                // written while investigating, it is the communication the resolution names (R3.3); it tells the
                // outcome once the resolution is recorded, and the sender waits for that (LetterSender)
                fits(kind, view, EnumSet.of(UNDER_INVESTIGATION, RESOLVED_AT_STAGE_ONE));
                facts.put("escalateBy", view.escalationWindowEnds() == null ? null
                        : dates.due(view.escalationWindowEnds(), locale));
            }
            case ESCALATION_ACKNOWLEDGEMENT -> {
                fits(kind, view, EnumSet.of(UNDER_REVIEW));
                facts.put("department", department(view.departmentManager()));
                facts.put("stageTwoDue", dates.due(deadline(kind, view, DeadlineKind.STAGE_TWO_RESOLUTION).currentDue(), locale));
            }
            case FINAL_RESPONSE -> {
                boolean closedByIt = view.status() == CLOSED
                        && ClosureReason.FINAL_RESPONSE_GIVEN.name().equals(view.closureReason());
                if (!closedByIt) {
                    fits(kind, view, EnumSet.of(UNDER_REVIEW, RESOLVED_AT_STAGE_TWO));
                }
                String signposting = text(staff.signposting());
                if (signposting == null) {
                    // R4.5, R7.1: the final answer always tells the customer where to find independent advice
                    ErrorCode code = ErrorCode.LETTER_SIGNPOSTING_MISSING;
                    throw new Refused(new ErrorDetail(code, code.sentence(view.complaintId()), code.field()));
                }
                facts.put("signposting", signposting);
            }
            case WITHDRAWAL_CONFIRMATION -> {
                fits(kind, view, EnumSet.of(WITHDRAWN));
                facts.put("withdrawnOn", latest(view, "ComplaintWithdrawn")
                        .map(step -> dates.on(step.occurredAt(), locale)).orElse(null));
            }
            case CLOSURE_CONFIRMATION -> {
                fits(kind, view, EnumSet.of(CLOSED));
                facts.put("closureReason", view.closureReason() == null ? null : "closure." + view.closureReason());
            }
        }
        return facts;
    }

    private static void fits(LetterKind kind, ComplaintView view, Set<ComplaintStatus> states) {
        if (!states.contains(view.status())) {
            throw notFitting(kind, view, String.valueOf(view.status()));
        }
    }

    private static DeadlineView deadline(LetterKind letter, ComplaintView view, DeadlineKind kind) {
        return view.deadlines().stream().filter(deadline -> deadline.kind() == kind && deadline.currentDue() != null)
                .findFirst().orElseThrow(() -> notFitting(letter, view, view.status() + " without a " + kind + " deadline"));
    }

    private static Optional<TimelineEntry> latest(ComplaintView view, String type) {
        return view.timeline().stream().filter(step -> type.equals(step.type()))
                .max(Comparator.comparingLong(TimelineEntry::sequence));
    }

    private static Refused notFitting(LetterKind kind, ComplaintView view, String state) {
        return Refused.of(ErrorCode.LETTER_NOT_APPLICABLE, kind, view.complaintId(), state);
    }

    /** The case view names the reviewing manager as "Name (Department)": the letter tells the department only. */
    static String department(String manager) {
        if (manager == null) {
            return null;
        }
        int open = manager.lastIndexOf(" (");
        return open >= 0 && manager.endsWith(")") ? manager.substring(open + 2, manager.length() - 1) : manager;
    }

    /** Free text with something visible in it, or null. */
    private static String text(String value) {
        return Text.hasText(value) ? value.strip() : null;
    }
}
