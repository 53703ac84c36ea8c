package uk.co.welzo.klachten.platform.problem;

import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Configuration;

/**
 * Installs {@link UnknownAggregateLogFilter} where Logback logs (Boot's default). Done when the context starts,
 * after Boot has (re)initialised logging, which drops filters added before.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = {"ch.qos.logback.classic.LoggerContext", "org.axonframework.modelling.command.AbstractRepository"})
class QuietExpectedOutcomes {

    QuietExpectedOutcomes() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback
                && logback.getTurboFilterList().stream().noneMatch(UnknownAggregateLogFilter.class::isInstance)) {
            UnknownAggregateLogFilter filter = new UnknownAggregateLogFilter();
            filter.setName("unknown-aggregate");
            filter.start();
            logback.addTurboFilter(filter);
        }
    }
}
