package uk.co.welzo.klachten.query.automation.retention;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorDetail;
import uk.co.welzo.klachten.api.complaint.command.EraseComplainantData;
import uk.co.welzo.klachten.api.dataprotection.ErasureGround;
import uk.co.welzo.klachten.api.dataprotection.Requester;

/**
 * The retention clock (R8.2): every scan interval it asks the retention documents (see
 * {@link RetentionAlarmsDocument}) which ended complaints are past their moment, not held and not erased, and sends
 * each an erasure on the ground that the retention period ended. The aggregate decides: it erases once, refuses a
 * complaint under a legal hold or not yet due, and ignores an erasure of what is erased already. So a restart loses
 * nothing (the documents are rebuilt from the events), several instances may scan at once, and a scan that runs behind
 * the events does no harm. A refusal is logged with the complaint id and the code only: never personal data.
 */
@Component
public class RetentionClock {

    static final Actor RETENTION_CLOCK = new Actor("retention-clock");
    static final String REQUEST_REFERENCE = "retention policy";
    private static final Logger log = LoggerFactory.getLogger(RetentionClock.class);

    private final MongoTemplate mongo;
    private final CommandGateway commands;
    private final Clock clock;
    private final int batchSize;

    RetentionClock(MongoTemplate mongo, CommandGateway commands, Clock clock,
                   @Value("${klachten.retention.scan-batch-size:500}") int batchSize) {
        this.mongo = mongo;
        this.commands = commands;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** Sends the erasures due now; answers how many the complaints accepted. */
    public int scan() {
        Instant now = clock.instant();
        List<RetentionAlarmsDocument> due = mongo.find(query(where("eraseAfter").lte(now)
                        .and("held").is(false).and("erased").is(false))
                .with(Sort.by("eraseAfter", "_id")).limit(batchSize), RetentionAlarmsDocument.class);
        int accepted = 0;
        for (RetentionAlarmsDocument complaint : due) {
            if (erase(complaint)) {
                accepted++;
            }
        }
        if (!due.isEmpty()) {
            log.info("Retention scan at {}: {} complaint(s) due, {} erased", now, due.size(), accepted);
        }
        return accepted;
    }

    private boolean erase(RetentionAlarmsDocument complaint) {
        try {
            commands.sendAndWait(new EraseComplainantData(ComplaintId.of(complaint.id),
                    ErasureGround.RETENTION_PERIOD_ENDED, Requester.RETENTION_POLICY, REQUEST_REFERENCE, RETENTION_CLOCK,
                    Set.of()));
            return true;
        } catch (CommandExecutionException refused) {
            Object code = refused.getDetails().filter(ErrorDetail.class::isInstance).map(ErrorDetail.class::cast)
                    .map(ErrorDetail::code).orElse(null);
            log.info("Complaint {} not erased by the retention clock (due {}), will retry next scan: {}", complaint.id,
                    complaint.eraseAfter, code);
            return false;
        } catch (RuntimeException failed) {
            log.info("Complaint {} not erased by the retention clock (due {}), will retry next scan: {}", complaint.id,
                    complaint.eraseAfter, failed.getClass().getSimpleName());
            return false;
        }
    }
}
