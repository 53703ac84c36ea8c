package uk.co.welzo.klachten.query.automation.deadlinealarms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.InquiryId;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEscalated;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEvent;
import uk.co.welzo.klachten.api.complaint.event.ComplaintResolved;
import uk.co.welzo.klachten.api.complaint.event.ComplaintWithdrawn;
import uk.co.welzo.klachten.api.complaint.lifecycle.ComplaintChanges;
import uk.co.welzo.klachten.api.complaint.lifecycle.ComplaintTransition;
import uk.co.welzo.klachten.api.complaint.lifecycle.DeadlineSet;
import uk.co.welzo.klachten.query.readmodel.ReadModelWriter;

/**
 * Keeps each complaint's alarms as {@link ComplaintTransition} says its events set, extend, warn, miss, meet and
 * stop its deadlines, and the end of a stage-1 resolution's escalation window until the customer escalates. A complaint with no alert to come has no document; an event that finds none and starts no
 * deadline changes nothing.
 */
@Component
@ProcessingGroup(DeadlineAlarmProjection.GROUP)
class DeadlineAlarmProjection {

    static final String GROUP = "deadline-alarms";

    private final ReadModelWriter<DeadlineAlarmsDocument> alarms;

    DeadlineAlarmProjection(MongoTemplate mongo) {
        this.alarms = ReadModelWriter.of(mongo, DeadlineAlarmsDocument.class);
    }

    @EventHandler
    void on(ComplaintEvent e, @SequenceNumber long sequence) {
        List<Consumer<DeadlineAlarmsDocument>> steps = new ArrayList<>();
        boolean[] starts = {false};
        ComplaintTransition.tell(e, new ComplaintChanges() {
            @Override
            public void deadlineSet(DeadlineSet deadline) {
                starts[0] = true;
                steps.add(d -> d.set(deadline.kind(), idOrNull(deadline.inquiryId()), deadline.due(), deadline.warningAt()));
            }

            @Override
            public void obligationMet(DeadlineKind kind, InquiryId inquiryId) {
                steps.add(d -> d.drop(kind, idOrNull(inquiryId)));
            }

            @Override
            public void deadlineExtended(DeadlineKind kind, Instant originalDue, Instant previousDue, Instant newDue,
                                         Instant newWarningAt) {
                starts[0] = true;
                steps.add(d -> d.set(kind, null, newDue, newWarningAt));
            }

            @Override
            public void warningIssued(DeadlineKind kind, InquiryId inquiryId, Instant due) {
                steps.add(d -> d.warned(kind, idOrNull(inquiryId), due));
            }

            @Override
            public void deadlineMissed(DeadlineKind kind, InquiryId inquiryId, Instant due) {
                steps.add(d -> d.missed(kind, idOrNull(inquiryId), due));
            }

            @Override
            public void clocksStopped() {
                steps.add(d -> {
                    d.alarms.clear();
                    d.lapsesAt = null;
                });
            }
        });
        if (e instanceof ComplaintResolved resolved && resolved.escalationWindowEnds() != null) {
            // stage 1 resolved: unless the customer escalates, the complaint closes when the window ends
            starts[0] = true;
            steps.add(d -> d.lapsesAt = resolved.escalationWindowEnds());
        } else if (e instanceof ComplaintEscalated || e instanceof ComplaintWithdrawn) {
            steps.add(d -> d.lapsesAt = null);
        }
        if (steps.isEmpty()) {
            return;
        }
        String id = e.complaintId().value();
        DeadlineAlarmsDocument found = alarms.find(id);
        if (found == null && !starts[0]) {
            return;
        }
        DeadlineAlarmsDocument document = found != null ? found : DeadlineAlarmsDocument.of(id);
        boolean applied = alarms.apply(document, sequence, d -> {
            steps.forEach(step -> step.accept(d));
            d.recomputeNextAlert();
        });
        if (applied && document.isQuiet()) {
            alarms.delete(id);
        }
    }

    @ResetHandler
    void reset() {
        alarms.clear();
    }

    private static String idOrNull(InquiryId inquiryId) {
        return inquiryId == null ? null : inquiryId.value();
    }
}
