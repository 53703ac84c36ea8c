package uk.co.welzo.klachten.query.sla;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The clocks started on one London day that have stopped, counted for SLA compliance by the SLA projection in
 * advance (#18), so that a compliance report reads a document a day instead of every clock: id {@code 2026-03-02},
 * fields {@code <kind>.original.met}, {@code <kind>.original.decided}, {@code <kind>.current.met} and
 * {@code <kind>.current.decided} (see {@link SlaDays}). A stopped clock's verdict never changes again, so its count
 * is final; the running clocks are judged at the moment of the query: counted by {@code <kind>.running.count} when
 * both upper bounds of their deadlines ({@code <kind>.running.originalDue}, {@code .currentDue}) have come, else from
 * {@link RunningClockDocument}. Written with {@code $inc} and {@code $max} upserts only, by a change of a clock its
 * sequence number guards; read by id only.
 */
@Document(SlaDayDocument.COLLECTION)
class SlaDayDocument {

    static final String COLLECTION = "sla_days";

    @Id
    String id;
}
