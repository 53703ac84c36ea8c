package uk.co.welzo.klachten.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.commandhandling.CommandBus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * In the distributed configuration Axon Server's bus dispatches, and the command side's own bus runs the
 * handlers behind it, recognising both kinds of lost race. No Axon Server is needed to check the wiring:
 * the connector keeps trying to connect in the background.
 */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.config.name=command-side", "klachten.security.mode=demo", "axon.axonserver.servers=127.0.0.1:1"})
class LocalCommandBusWiringTest {

    @Autowired
    CommandBus commandBus;
    @Autowired
    ApplicationContext context;

    @Test
    @DisplayName("with Axon Server the handlers run on the conflict-reporting local segment, which knows both stores' conflicts")
    void axonServerDispatchesToTheConflictReportingBus() {
        assertThat(commandBus).isInstanceOf(AxonServerCommandBus.class);
        assertThat(((AxonServerCommandBus) commandBus).localSegment()).isInstanceOf(ConflictReportingCommandBus.class);
        Map<String, WriteConflicts> conflicts = context.getBeansOfType(WriteConflicts.class);
        assertThat(conflicts).containsOnlyKeys("concurrencyException", "invalidEventSequence");
    }
}
