package uk.co.welzo.klachten.platform.correlation;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id that follows one request from HTTP through its command to the events it caused and to the
 * projections that handle them. It travels as the {@value #HEADER} header, as the {@value #MDC_KEY}
 * field of every log line written meanwhile, and as the {@value #METADATA_KEY} metadata of commands
 * and events. Not Axon's own {@code correlationId} metadata: Axon sets that to the id of the message
 * that caused a message, so it changes at every hop.
 */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";
    public static final String METADATA_KEY = "requestCorrelationId";

    /** Short and plain enough to put into a log line or a header unchanged: no spaces, quotes or newlines. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private CorrelationId() {
    }

    /** The caller's id when it is acceptable, a new one otherwise. */
    public static String acceptOrCreate(String offered) {
        return offered != null && ACCEPTED.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }
}
