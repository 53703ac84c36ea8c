package uk.co.welzo.klachten.query.audit;

import java.util.Locale;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAssigned;
import uk.co.welzo.klachten.api.complaint.event.ComplaintClosed;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEscalated;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintRecategorised;
import uk.co.welzo.klachten.api.complaint.event.ComplaintResolved;
import uk.co.welzo.klachten.api.complaint.event.ComplaintWithdrawn;
import uk.co.welzo.klachten.api.complaint.event.CustomerCommunicationRecorded;
import uk.co.welzo.klachten.api.complaint.event.DeadlineExtended;
import uk.co.welzo.klachten.api.complaint.event.DeadlineMissed;
import uk.co.welzo.klachten.api.complaint.event.DeadlineWarningIssued;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputReceived;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputRequested;
import uk.co.welzo.klachten.api.complaint.event.EscalationAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.ExternalReferralRecorded;
import uk.co.welzo.klachten.api.complaint.event.InvestigationNoteRecorded;
import uk.co.welzo.klachten.api.complaint.event.ReferenceNumberReserved;

/** One sentence per event, for people; the payload's fields go beside it. Unknown events are named in words. */
final class EventSentences {

    private EventSentences() {
    }

    static String describe(Object payload) {
        if (payload instanceof ComplaintLodged e) {
            return "Complaint received by " + words(e.channel()) + " in category " + words(e.category())
                    + ", reference " + e.reference() + "; to be acknowledged by " + e.acknowledgementDue()
                    + " (policy " + e.policyVersion() + ").";
        }
        if (payload instanceof ComplaintAcknowledged e) {
            return "Acknowledged to the customer by " + words(e.channel()) + "; stage-1 resolution due by "
                    + e.stageOneResolutionDue() + " (policy " + e.policyVersion() + ").";
        }
        if (payload instanceof ComplaintAssigned e) {
            return "Assigned to " + e.handler() + (e.previousHandler() == null ? "." : " (was " + e.previousHandler() + ").");
        }
        if (payload instanceof ComplaintRecategorised e) {
            return "Recategorised from " + words(e.previousCategory()) + " to " + words(e.category()) + ".";
        }
        if (payload instanceof InvestigationNoteRecorded) {
            return "Investigation note recorded.";
        }
        if (payload instanceof DepartmentInputRequested e) {
            return "Input requested from " + words(e.department()) + " (inquiry " + e.inquiryId()
                    + "), to answer by " + e.responseDue() + ".";
        }
        if (payload instanceof DepartmentInputReceived e) {
            return words(e.department()) + " answered inquiry " + e.inquiryId() + ".";
        }
        if (payload instanceof CustomerCommunicationRecorded e) {
            return capitalised(words(e.direction())) + " " + words(e.channel()) + " communication with the customer recorded.";
        }
        if (payload instanceof ComplaintResolved e) {
            return "Stage " + (e.stage().ordinal() + 1) + " resolved: " + words(e.outcome())
                    + (e.customerSignposted() ? "; customer told of independent advice and support." : ".");
        }
        if (payload instanceof ComplaintEscalated e) {
            return "Escalation requested; to be acknowledged by " + e.escalationAcknowledgementTarget()
                    + " (target) and " + e.escalationAcknowledgementLimit() + " at the latest.";
        }
        if (payload instanceof EscalationAcknowledged e) {
            return "Escalation acknowledged and passed to " + e.departmentManager().name() + " ("
                    + e.departmentManager().department() + "); stage-2 resolution due by " + e.stageTwoResolutionDue() + ".";
        }
        if (payload instanceof DeadlineExtended e) {
            return capitalised(words(e.deadline())) + " deadline extended from " + e.previousDue() + " to "
                    + e.newDue() + " (originally " + e.originalDue() + ").";
        }
        if (payload instanceof DeadlineWarningIssued e) {
            return "Warning: the " + words(e.deadline()) + " deadline " + e.due() + " is near.";
        }
        if (payload instanceof DeadlineMissed e) {
            return "The " + words(e.deadline()) + " deadline " + e.due() + " was missed.";
        }
        if (payload instanceof ComplaintClosed e) {
            return "Closed: " + words(e.reason()) + ".";
        }
        if (payload instanceof ComplaintWithdrawn) {
            return "Withdrawn by the customer.";
        }
        if (payload instanceof ExternalReferralRecorded e) {
            return "Referred to " + e.body() + ".";
        }
        if (payload instanceof ReferenceNumberReserved e) {
            return "Reference " + e.reference() + " reserved for complaint " + e.complaintId() + ".";
        }
        return capitalised(payload.getClass().getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT)) + ".";
    }

    static String words(Object constant) {
        return constant == null ? "none" : constant.toString().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
