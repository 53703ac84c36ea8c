package uk.co.welzo.klachten.platform.correlation;

import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Puts a handled message's request correlation id into the MDC while it is handled, so the handler's
 * log lines carry it on whichever thread or instance handles it, and logs the handling at DEBUG.
 */
public final class CorrelatedHandling<T extends Message<?>> implements MessageHandlerInterceptor<T> {

    private static final Logger log = LoggerFactory.getLogger(CorrelatedHandling.class);

    private final String handler;

    /** @param handler who handles, for the log line: "command bus", "processor cases" */
    public CorrelatedHandling(String handler) {
        this.handler = handler;
    }

    @Override
    public Object handle(UnitOfWork<? extends T> unitOfWork, InterceptorChain chain) throws Exception {
        Message<?> message = unitOfWork.getMessage();
        Object id = message.getMetaData().get(CorrelationId.METADATA_KEY);
        String outer = MDC.get(CorrelationId.MDC_KEY);
        if (id != null) {
            MDC.put(CorrelationId.MDC_KEY, id.toString());
        }
        try {
            log.debug("{} handles {} {}", handler, message.getPayloadType().getSimpleName(), message.getIdentifier());
            return chain.proceed();
        } finally {
            if (outer == null) {
                MDC.remove(CorrelationId.MDC_KEY);
            } else {
                MDC.put(CorrelationId.MDC_KEY, outer);
            }
        }
    }
}
