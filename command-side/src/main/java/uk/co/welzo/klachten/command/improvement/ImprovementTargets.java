package uk.co.welzo.klachten.command.improvement;

import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.co.welzo.klachten.api.improvement.ImprovementActionId;

/**
 * Where an improvement action's events are stored: under its id with a prefix, as a reference reservation's are, so a
 * client-chosen action id can never name a complaint's stream (whose ids have no colon), nor the other way round.
 */
@Configuration(proxyBeanMethods = false)
public class ImprovementTargets {

    /** Prefixed to the action id to make the event stream's aggregate identifier. */
    public static final String PREFIX = "improvement-action:";

    private static final CommandTargetResolver ANNOTATED = AnnotationCommandTargetResolver.builder().build();

    /** The stream a command's action id names, as its {@code @TargetAggregateIdentifier} gives it. */
    @Bean
    static CommandTargetResolver improvementActionTargets() {
        return command -> {
            VersionedAggregateIdentifier target = ANNOTATED.resolveTarget(command);
            return new VersionedAggregateIdentifier(PREFIX + target.getIdentifier(), target.getVersion());
        };
    }

    static String streamOf(ImprovementActionId id) {
        return PREFIX + id.value();
    }
}
