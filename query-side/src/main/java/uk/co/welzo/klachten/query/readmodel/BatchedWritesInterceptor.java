package uk.co.welzo.klachten.query.readmodel;

import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Gives each batch of a streaming processor one {@link DocumentBatch} and writes it when the batch's last event has
 * been handled. That is inside the processing of the last event, so before the processor stores its token in the
 * unit of work's prepare-commit phase: a failed write fails the batch, which is then retried from the old token.
 * Events handled outside a batching unit of work pass untouched and their projections write through.
 */
public class BatchedWritesInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {

    private final MongoTemplate mongo;

    public BatchedWritesInterceptor(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        if (!(unitOfWork.root() instanceof BatchingUnitOfWork<?> batch)) {
            return interceptorChain.proceed();
        }
        DocumentBatch documents = batch.getOrComputeResource(DocumentBatch.RESOURCE,
                key -> new DocumentBatch(mongo, true, complaintIdsOf(batch.getMessages()), batch.getMessages()));
        Object result = interceptorChain.proceed();
        if (batch.isLastMessage()) {
            documents.flush();
        }
        return result;
    }

    private static List<String> complaintIdsOf(List<?> messages) {
        return messages.stream()
                .filter(DomainEventMessage.class::isInstance)
                .map(message -> ((DomainEventMessage<?>) message).getAggregateIdentifier())
                .distinct()
                .toList();
    }
}
