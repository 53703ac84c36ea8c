package uk.co.welzo.klachten.query.automation.acknowledgement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.ErrorDetail;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;
import uk.co.welzo.klachten.api.complaint.Complainant;
import uk.co.welzo.klachten.api.complaint.command.AcknowledgeComplaint;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;
import uk.co.welzo.klachten.query.sla.SlaHistory;

/**
 * The handler through Axon's own adapter (so {@code @DisallowReplay} acts as in a processor), sending over a real
 * Axon command bus whose handler here only records what arrived or refuses as the aggregate would (the aggregate's
 * own answers are tested on the command side).
 */
class AutomaticAcknowledgementTest {

    private static final String ADDRESS = "rae@example.org";
    private final List<AcknowledgeComplaint> sent = new ArrayList<>();
    private final List<Boolean> ranInAUnitOfWorkOfItsOwn = new ArrayList<>();
    private final List<MetaData> metaData = new ArrayList<>();
    private final SimpleCommandBus bus = SimpleCommandBus.builder().build();
    private final CommandsOffTheProcessorThread commands = new CommandsOffTheProcessorThread(
            DefaultCommandGateway.builder().commandBus(bus).build(), Duration.ofSeconds(10));
    private ErrorDetail refusal;

    AutomaticAcknowledgementTest() {
        bus.subscribe(AcknowledgeComplaint.class.getName(), message -> {
            ranInAUnitOfWorkOfItsOwn.add(CurrentUnitOfWork.get().isRoot());
            metaData.add(message.getMetaData());
            if (refusal != null) {
                throw new CommandExecutionException(refusal.message(), null, refusal);
            }
            sent.add((AcknowledgeComplaint) message.getPayload());
            return null;
        });
    }

    @AfterEach
    void stopThreads() {
        commands.destroy();
    }

    private AnnotationEventHandlerAdapter process() {
        return new AnnotationEventHandlerAdapter(new AutomaticAcknowledgement(commands));
    }

    private static ComplaintLodged lodged(ComplaintId id, Channel channel, String email) {
        ComplaintLodged e = SlaHistory.lodged(id);
        return new ComplaintLodged(id, e.reference(), channel, e.category(),
                new Complainant("Rae Example", email, "020 7946 0991", null), e.description(), null, null,
                e.occurredAt(), e.recordedAt(), e.acknowledgementDue(), e.acknowledgementWarningAt(),
                e.policyVersion(), e.actor());
    }

    private static GenericDomainEventMessage<ComplaintLodged> event(ComplaintLodged lodged) {
        return new GenericDomainEventMessage<>("Complaint", lodged.complaintId().value(), 0, lodged);
    }

    private static AcknowledgeComplaint acknowledgement(ComplaintId id) {
        return new AcknowledgeComplaint(id, CommunicationChannel.EMAIL, null, AutomaticAcknowledgement.ACTOR);
    }

    @Test
    @DisplayName("R2, issue #15: lodged by the web form or by e-mail with an address, it is acknowledged by e-mail, "
            + "dated by the aggregate's clock")
    void acknowledgesWrittenComplaintsWithAnAddress() throws Exception {
        AnnotationEventHandlerAdapter process = process();
        ComplaintId byForm = ComplaintId.of("auto-ack-1");
        ComplaintId byEmail = ComplaintId.of("auto-ack-2");
        process.handle(event(lodged(byForm, Channel.WEB_FORM, ADDRESS)));
        process.handle(event(lodged(byEmail, Channel.EMAIL, ADDRESS)));
        assertThat(sent).containsExactly(acknowledgement(byForm), acknowledgement(byEmail));
        assertThat(sent).allSatisfy(command -> assertThat(command.occurredAt()).isNull());
    }

    @Test
    @DisplayName("R2, issue #15: a phone call, a letter, or no e-mail address is left to staff")
    void leavesOtherComplaintsToStaff() throws Exception {
        AnnotationEventHandlerAdapter process = process();
        process.handle(event(lodged(ComplaintId.of("auto-ack-3"), Channel.PHONE, ADDRESS)));
        process.handle(event(lodged(ComplaintId.of("auto-ack-4"), Channel.LETTER, ADDRESS)));
        process.handle(event(lodged(ComplaintId.of("auto-ack-5"), Channel.WEB_FORM, null)));
        process.handle(event(lodged(ComplaintId.of("auto-ack-6"), Channel.EMAIL, " \u00a0")));
        assertThat(sent).isEmpty();
    }

    @Test
    @DisplayName("R2, issue #15: the policy is on by default; turned off, the group and its processor do not exist")
    void policyDecidesWhetherTheGroupExists() {
        ApplicationContextRunner context = new ApplicationContextRunner()
                // as an application converts its settings (the command timeout is a Duration)
                .withInitializer(app -> app.getBeanFactory()
                        .setConversionService(ApplicationConversionService.getSharedInstance()))
                .withBean(CommandGateway.class, () -> DefaultCommandGateway.builder().commandBus(bus).build())
                .withUserConfiguration(AutomaticAcknowledgement.class, CommandsOffTheProcessorThread.class,
                        AutomaticAcknowledgementConfiguration.class);
        context.run(on -> assertThat(on).hasSingleBean(AutomaticAcknowledgement.class)
                .hasBean("automaticAcknowledgementStartsAtTheHead"));
        context.withPropertyValues("klachten.acknowledgement.automatic=true")
                .run(on -> assertThat(on).hasSingleBean(AutomaticAcknowledgement.class));
        context.withPropertyValues("klachten.acknowledgement.automatic=false")
                .run(off -> assertThat(off).doesNotHaveBean(AutomaticAcknowledgement.class)
                        .doesNotHaveBean(CommandsOffTheProcessorThread.class)
                        .doesNotHaveBean("automaticAcknowledgementStartsAtTheHead"));
    }

    @Test
    @DisplayName("a complaint staff acknowledged first, or closed or withdrawn, is refused and that is the end of it")
    void toleratesAComplaintNoLongerWaiting() throws Exception {
        AnnotationEventHandlerAdapter process = process();
        for (ErrorCode code : List.of(ErrorCode.COMPLAINT_ALREADY_ACKNOWLEDGED, ErrorCode.COMPLAINT_ALREADY_CLOSED,
                ErrorCode.COMPLAINT_WITHDRAWN)) {
            refusal = new ErrorDetail(code, "refused");
            process.handle(event(lodged(ComplaintId.of("auto-ack-8"), Channel.EMAIL, ADDRESS)));
        }
        assertThat(sent).isEmpty();
        assertThat(ranInAUnitOfWorkOfItsOwn).hasSize(3);
    }

    @Test
    @DisplayName("any other failure fails the event, so the group's dead-letter queue keeps it for a retry")
    void otherFailuresFailTheEvent() {
        AnnotationEventHandlerAdapter process = process();
        refusal = new ErrorDetail(ErrorCode.CONCURRENT_MODIFICATION, "lost a race");
        assertThatThrownBy(() -> process.handle(event(lodged(ComplaintId.of("auto-ack-9"), Channel.EMAIL, ADDRESS))))
                .isInstanceOf(CommandExecutionException.class);
        refusal = null;
        bus.subscribe(AcknowledgeComplaint.class.getName(), message -> {
            throw new IllegalStateException("the event store is down");
        });
        assertThatThrownBy(() -> process.handle(event(lodged(ComplaintId.of("auto-ack-10"), Channel.EMAIL, ADDRESS))))
                .hasMessageContaining("the event store is down");
    }

    @Test
    @DisplayName("a replay acknowledges nothing; the same event live does")
    void replayAcknowledgesNothing() throws Exception {
        AnnotationEventHandlerAdapter process = process();
        assertThat(process.supportsReset()).as("'replay all' resets this group too").isTrue();
        process.prepareReset();
        ComplaintLodged lodged = lodged(ComplaintId.of("auto-ack-11"), Channel.WEB_FORM, ADDRESS);
        process.handle(new GenericTrackedDomainEventMessage<>(ReplayToken.createReplayToken(
                new GlobalSequenceTrackingToken(10), new GlobalSequenceTrackingToken(4)), event(lodged)));
        assertThat(sent).isEmpty();
        process.handle(new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(11), event(lodged)));
        assertThat(sent).containsExactly(acknowledgement(lodged.complaintId()));
    }

    @Test
    @DisplayName("sent from inside the processor's unit of work, the command runs in a unit of work of its own, "
            + "carrying the lodging request's correlation id")
    void theCommandIsNotNestedInTheProcessorsUnitOfWork() throws Exception {
        AnnotationEventHandlerAdapter process = process();
        GenericDomainEventMessage<ComplaintLodged> lodged = (GenericDomainEventMessage<ComplaintLodged>) event(
                lodged(ComplaintId.of("auto-ack-12"), Channel.EMAIL, ADDRESS))
                .andMetaData(Map.of("requestCorrelationId", "lodge-request-1"));
        DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(lodged);
        batch.registerCorrelationDataProvider(new SimpleCorrelationDataProvider("requestCorrelationId"));
        try {
            process.handle(lodged);
        } finally {
            batch.rollback();
        }
        assertThat(ranInAUnitOfWorkOfItsOwn).containsExactly(true);
        assertThat(sent).hasSize(1);
        assertThat(metaData).singleElement().satisfies(sentWith ->
                assertThat(sentWith).containsEntry("requestCorrelationId", "lodge-request-1"));
    }
}
