package uk.co.welzo.klachten.query.automation.correspondence;

import java.util.List;

/**
 * What a member of staff is told by e-mail, and who: the handler when a case is assigned to them, when a department
 * answers (R3.2) and at a warning (R5.3); the handler and the head of customer service at a breach; the head when a
 * customer escalates (R4.2); the manager the head forwards an escalation to (R4.2). Each at most once per cause: the
 * event that caused it is in its outbox key.
 */
enum Notice {
    ASSIGNED(Recipient.HANDLER),
    DEPARTMENT_ANSWERED(Recipient.HANDLER),
    WARNING(Recipient.HANDLER),
    BREACH(Recipient.HANDLER, Recipient.HEAD),
    ESCALATED(Recipient.HEAD),
    FORWARDED(Recipient.MANAGER);

    private final List<Recipient> recipients;

    Notice(Recipient... recipients) {
        this.recipients = List.of(recipients);
    }

    List<Recipient> recipients() {
        return recipients;
    }

    /** Who, as the procedure names them; the address comes from {@link StaffDirectory}. */
    enum Recipient {
        /** The complaint's handler: the one the event names, else the case view's when the notice is sent. */
        HANDLER,
        /** The head of customer service. */
        HEAD,
        /** The department manager an escalation was forwarded to, as the event names them. */
        MANAGER
    }
}
