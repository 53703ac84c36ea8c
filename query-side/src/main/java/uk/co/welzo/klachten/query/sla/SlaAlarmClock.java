package uk.co.welzo.klachten.query.sla;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.InquiryId;
import uk.co.welzo.klachten.api.complaint.command.IssueDeadlineWarning;
import uk.co.welzo.klachten.api.complaint.command.RecordMissedDeadline;

/**
 * The SLA alarm clock: every scan interval it asks the alarms (see {@link SlaAlarms}) and then the
 * clocks read model which warnings and deadlines have come, and sends the complaint an idempotent command for each. The aggregate
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
    private volatile boolean alarmsReconciled;

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
        reconcileAlarmsOnce();
        Map<String, Date> dueAlarms = new LinkedHashMap<>();
        for (Document alarm : mongo.getCollection(SlaAlarms.COLLECTION)
                .find(Filters.lte(SlaAlarms.NEXT_ALERT_AT, Date.from(now)))
                .sort(Sorts.ascending(SlaAlarms.NEXT_ALERT_AT)).limit(batchSize)) {
            dueAlarms.put(alarm.getString("_id"), alarm.getDate(SlaAlarms.NEXT_ALERT_AT));
        }
        List<SlaClockDocument> clocks = dueAlarms.isEmpty() ? List.of()
                : mongo.find(query(where("_id").in(dueAlarms.keySet())), SlaClockDocument.class);
        dropAlarmsOfStoppedClocks(dueAlarms, clocks);
        // the clocks are the truth: an alarm written ahead of its clock (the projection writes alarms first) waits
        List<SlaClockDocument> due = clocks.stream()
                .filter(clock -> clock.running && clock.nextAlertAt != null && !clock.nextAlertAt.isAfter(now))
                .sorted(Comparator.comparing((SlaClockDocument clock) -> clock.nextAlertAt))
                .toList();
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

    /**
     * Once per process, before its first scan: every running clock with an alarm to come gets its alarm if it has
     * none, without overwriting one the projection has written meanwhile. That covers read models projected before
     * the alarms collection existed (one full read of the clocks per start, on this scheduler's thread).
     */
    private void reconcileAlarmsOnce() {
        if (alarmsReconciled) {
            return;
        }
        int added = 0;
        try (Stream<SlaClockDocument> running = mongo.stream(query(where("running").is(true).and("nextAlertAt").ne(null)),
                SlaClockDocument.class)) {
            for (SlaClockDocument clock : (Iterable<SlaClockDocument>) running::iterator) {
                UpdateResult result = mongo.getCollection(SlaAlarms.COLLECTION).updateOne(Filters.eq("_id", clock.id),
                        Updates.setOnInsert(SlaAlarms.NEXT_ALERT_AT, Date.from(clock.nextAlertAt)),
                        new UpdateOptions().upsert(true));
                if (result.getUpsertedId() != null) {
                    added++;
                }
            }
        }
        if (added > 0) {
            log.info("SLA alarms: {} running clock(s) had no alarm and now have one", added);
        }
        alarmsReconciled = true;
    }

    /**
     * A due alarm whose clock has stopped can never ring (a stopped clock never runs again): it is removed, unless
     * the projection has changed it since it was read.
     */
    private void dropAlarmsOfStoppedClocks(Map<String, Date> dueAlarms, List<SlaClockDocument> clocks) {
        for (SlaClockDocument clock : clocks) {
            if (!clock.running) {
                mongo.getCollection(SlaAlarms.COLLECTION).deleteOne(Filters.and(Filters.eq("_id", clock.id),
                        Filters.eq(SlaAlarms.NEXT_ALERT_AT, dueAlarms.get(clock.id))));
            }
        }
    }
}
