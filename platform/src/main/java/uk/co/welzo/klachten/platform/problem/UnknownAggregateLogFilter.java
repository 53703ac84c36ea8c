package uk.co.welzo.klachten.platform.problem;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.axonframework.modelling.command.AbstractRepository;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Marker;

/**
 * Axon's repository warns, with the full stack trace, about every aggregate it cannot load, and then rethrows. For an
 * unknown complaint that is an ordinary 404, which the edge answers and logs in one line; nothing in Axon turns the
 * warning off for it alone. This drops exactly that warning: any other failure to load is still warned about, and
 * reaches the edge as an incident with its trace.
 */
final class UnknownAggregateLogFilter extends TurboFilter {

    private static final String REPOSITORY = AbstractRepository.class.getName();

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level != Level.WARN || logger == null || !REPOSITORY.equals(logger.getName())) {
            return FilterReply.NEUTRAL;
        }
        Throwable thrown = t != null ? t
                : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
        return thrown instanceof AggregateNotFoundException ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
