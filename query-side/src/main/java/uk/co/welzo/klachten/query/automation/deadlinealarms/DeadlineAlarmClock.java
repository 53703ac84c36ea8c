package uk.co.welzo.klachten.query.automation.deadlinealarms;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.ClosureReason;
import uk.co.welzo.klachten.api.complaint.InquiryId;
import uk.co.welzo.klachten.api.complaint.command.CloseComplaint;
import uk.co.welzo.klachten.api.complaint.command.IssueDeadlineWarning;
import uk.co.welzo.klachten.api.complaint.command.RecordMissedDeadline;

/**
 * The SLA alarm clock: every scan interval it asks the alarms (see {@link DeadlineAlarmsDocument}) which warnings
 * and deadlines have come, and sends the complaint an idempotent command for each; a complaint whose escalation window
 * ended with no escalation it closes as lapsed ({@code klachten.sla.close-lapsed}, on by default). The aggregate decides: it records
 * a warning or a breach once per obligation and deadline, and ignores a command whose deadline was met, extended or
 * already recorded. So a restart loses nothing (the alarms are rebuilt from the events), several instances may scan
 * at once, and a scan that runs behind the events does no harm.
 */
@Component
public class DeadlineAlarmClock {

    static final Actor SLA_CLOCK = new Actor("sla-clock");
    private static final Logger log = LoggerFactory.getLogger(DeadlineAlarmClock.class);

    private final MongoTemplate mongo;
    private final CommandGateway commands;
    private final Clock clock;
    private final int batchSize;
    private final boolean closeLapsed;

    DeadlineAlarmClock(MongoTemplate mongo, CommandGateway commands, Clock clock,
                       @Value("${klachten.sla.scan-batch-size:500}") int batchSize,
                       @Value("${klachten.sla.close-lapsed:true}") boolean closeLapsed) {
        this.mongo = mongo;
        this.commands = commands;
        this.clock = clock;
        this.batchSize = batchSize;
        this.closeLapsed = closeLapsed;
    }

    /** Sends the commands for every alarm due now; answers how many the complaints accepted. */
    public int scan() {
        Instant now = clock.instant();
        List<DeadlineAlarmsDocument> ringing = mongo.find(query(where("nextAlertAt").lte(now))
                .with(Sort.by("nextAlertAt", "_id")).limit(batchSize), DeadlineAlarmsDocument.class);
        List<Due> due = ringing.stream()
                .flatMap(complaint -> complaint.alarms.stream()
                        .filter(alarm -> !alarm.nextAlertAt().isAfter(now))
                        .map(alarm -> new Due(complaint.id, alarm)))
                .sorted(Comparator.comparing((Due d) -> d.alarm().nextAlertAt()))
                .toList();
        int accepted = 0;
        for (Due alarm : due) {
            if (send(alarm, now)) {
                accepted++;
            }
        }
        if (closeLapsed) {
            for (DeadlineAlarmsDocument lapsed : ringing.stream()
                    .filter(complaint -> complaint.lapsesAt != null && !complaint.lapsesAt.isAfter(now)).toList()) {
                if (close(lapsed)) {
                    accepted++;
                }
            }
        }
        if (!due.isEmpty()) {
            log.info("SLA alarm scan at {}: {} alarm(s) due, {} accepted", now, due.size(), accepted);
        }
        return accepted;
    }

    private boolean send(Due due, Instant now) {
        DeadlineAlarmsDocument.Alarm alarm = due.alarm();
        ComplaintId complaint = ComplaintId.of(due.complaintId());
        InquiryId inquiry = alarm.inquiryId == null ? null : InquiryId.of(alarm.inquiryId);
        Object command = now.isBefore(alarm.due)
                ? new IssueDeadlineWarning(complaint, alarm.kind, inquiry, alarm.due, SLA_CLOCK)
                : new RecordMissedDeadline(complaint, alarm.kind, inquiry, alarm.due, SLA_CLOCK);
        try {
            commands.sendAndWait(command);
            return true;
        } catch (RuntimeException refused) {
            log.warn("SLA alarm for {} of complaint {} (due {}) not recorded, will retry next scan: {}",
                    alarm.kind, due.complaintId(), alarm.due, refused.getMessage());
            return false;
        }
    }

    /**
     * The escalation window ended with no escalation: the complaint closes as lapsed, dated by the aggregate's own
     * clock (so never before a step recorded since the window ended). Closed once: the projection drops the lapse
     * when the closure arrives, and the aggregate refuses a second closure.
     */
    private boolean close(DeadlineAlarmsDocument lapsed) {
        try {
            commands.sendAndWait(new CloseComplaint(ComplaintId.of(lapsed.id), ClosureReason.ESCALATION_WINDOW_LAPSED,
                    null, SLA_CLOCK));
            log.info("Complaint {} closed: its escalation window ended at {} with no escalation", lapsed.id,
                    lapsed.lapsesAt);
            return true;
        } catch (RuntimeException refused) {
            log.warn("Complaint {} not closed as lapsed (window ended {}), will retry next scan: {}", lapsed.id,
                    lapsed.lapsesAt, refused.getMessage());
            return false;
        }
    }

    private record Due(String complaintId, DeadlineAlarmsDocument.Alarm alarm) {
    }
}
