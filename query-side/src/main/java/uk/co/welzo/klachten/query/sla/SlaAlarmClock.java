package uk.co.welzo.klachten.query.sla;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.InquiryId;
import uk.co.welzo.klachten.api.complaint.command.IssueDeadlineWarning;
import uk.co.welzo.klachten.api.complaint.command.RecordMissedDeadline;

/**
 * The SLA alarm clock: every scan interval it asks the clocks read model which warnings and
 * deadlines have come, and sends the complaint an idempotent command for each. The aggregate
 * decides: it records a warning or a breach once per obligation and deadline, and ignores a
 * command whose deadline was met, extended or already recorded. So a restart loses nothing (the
 * clocks are in MongoDB), several instances may scan at once, and a scan that runs behind the
 * projection does no harm.
 */
@Component
public class SlaAlarmClock {

    static final Actor SLA_CLOCK = new Actor("sla-clock");
    private static final Logger log = LoggerFactory.getLogger(SlaAlarmClock.class);

    private final MongoTemplate mongo;
    private final CommandGateway commands;
    private final Clock clock;
    private final int batchSize;

    SlaAlarmClock(MongoTemplate mongo, CommandGateway commands, Clock clock,
                  @Value("${klachten.sla.scan-batch-size:500}") int batchSize) {
        this.mongo = mongo;
        this.commands = commands;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    @Scheduled(fixedDelayString = "${klachten.sla.scan-interval:PT15S}",
            initialDelayString = "${klachten.sla.scan-initial-delay:PT10S}")
    void scheduledScan() {
        scan();
    }

    /** Sends the commands for every alarm due now; answers how many the complaints accepted. */
    public int scan() {
        Instant now = clock.instant();
        List<SlaClockDocument> due = mongo.find(query(where("running").is(true).and("nextAlertAt").lte(now))
                .with(Sort.by("nextAlertAt")).limit(batchSize), SlaClockDocument.class);
        int accepted = 0;
        for (SlaClockDocument alarm : due) {
            ComplaintId complaint = ComplaintId.of(alarm.complaintId);
            InquiryId inquiry = alarm.inquiryId == null ? null : InquiryId.of(alarm.inquiryId);
            Object command = now.isBefore(alarm.currentDue)
                    ? new IssueDeadlineWarning(complaint, alarm.kind, inquiry, alarm.currentDue, SLA_CLOCK)
                    : new RecordMissedDeadline(complaint, alarm.kind, inquiry, alarm.currentDue, SLA_CLOCK);
            try {
                commands.sendAndWait(command);
                accepted++;
            } catch (RuntimeException refused) {
                log.warn("SLA alarm for {} of complaint {} (due {}) not recorded, will retry next scan: {}",
                        alarm.kind, alarm.complaintId, alarm.currentDue, refused.getMessage());
            }
        }
        if (!due.isEmpty()) {
            log.info("SLA alarm scan at {}: {} alarm(s) due, {} accepted", now, due.size(), accepted);
        }
        return accepted;
    }
}
