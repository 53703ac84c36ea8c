package uk.co.welzo.klachten.web.audit;

/** Something typed into an auditor's page that cannot be read: shown as its message, with a 400. */
class BadAuditInput extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    BadAuditInput(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments;
    }
}
