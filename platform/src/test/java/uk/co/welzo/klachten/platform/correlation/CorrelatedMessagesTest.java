package uk.co.welzo.klachten.platform.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class CorrelatedMessagesTest {

    @AfterEach
    void clearMdc() {
        MDC.clear();
    }

    @Test
    void putsTheRequestsIdIntoTheCommandsSentWhileItIsServed() {
        MDC.put(CorrelationId.MDC_KEY, "test-123");
        CommandMessage<?> sent = new CorrelationIdOnCommands().handle(GenericCommandMessage.asCommandMessage("lodge"));

        assertThat(sent.getMetaData()).containsEntry(CorrelationId.METADATA_KEY, "test-123");
    }

    @Test
    void leavesCommandsSentOutsideARequestWithoutAnId() {
        CommandMessage<?> sent = new CorrelationIdOnCommands().handle(GenericCommandMessage.asCommandMessage("warn"));

        assertThat(sent.getMetaData()).doesNotContainKey(CorrelationId.METADATA_KEY);
    }

    @Test
    void keepsTheIdACommandAlreadyCarries() {
        MDC.put(CorrelationId.MDC_KEY, "request");
        CommandMessage<?> command = GenericCommandMessage.<String>asCommandMessage("lodge")
                .andMetaData(Map.of(CorrelationId.METADATA_KEY, "earlier"));

        assertThat(new CorrelationIdOnCommands().handle(command).getMetaData())
                .containsEntry(CorrelationId.METADATA_KEY, "earlier");
    }

    @Test
    void logsUnderTheMessagesIdWhileItIsHandledOnly() throws Exception {
        EventMessage<?> event = GenericEventMessage.asEventMessage("lodged")
                .andMetaData(Map.of(CorrelationId.METADATA_KEY, "test-123"));

        assertThat(idWhileHandling(event)).isEqualTo("test-123");
        assertThat(MDC.get(CorrelationId.MDC_KEY)).isNull();
    }

    @Test
    void keepsTheOuterIdForAMessageWithoutOne() throws Exception {
        MDC.put(CorrelationId.MDC_KEY, "outer");

        assertThat(idWhileHandling(GenericEventMessage.asEventMessage("warned"))).isEqualTo("outer");
        assertThat(MDC.get(CorrelationId.MDC_KEY)).isEqualTo("outer");
    }

    private static String idWhileHandling(EventMessage<?> event) throws Exception {
        AtomicReference<String> during = new AtomicReference<>();
        DefaultUnitOfWork<EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(event);
        new DefaultInterceptorChain<>(unitOfWork, List.of(new CorrelatedHandling<EventMessage<?>>("processor cases")),
                message -> {
                    during.set(MDC.get(CorrelationId.MDC_KEY));
                    return null;
                }).proceed();
        unitOfWork.commit();
        return during.get();
    }
}
