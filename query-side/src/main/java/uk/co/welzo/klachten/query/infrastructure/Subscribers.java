package uk.co.welzo.klachten.query.infrastructure;

import org.axonframework.queryhandling.QueryUpdateEmitter;

/**
 * Whether anyone on this instance subscribes to a kind of query. Projections work out live updates only then: a query
 * side catching up on years of events would otherwise do it for every old document.
 */
public final class Subscribers {

    private Subscribers() {
    }

    public static boolean watching(QueryUpdateEmitter emitter, Class<?> queryType) {
        return emitter.activeSubscriptions().stream()
                .anyMatch(subscription -> queryType.equals(subscription.getPayloadType()));
    }
}
